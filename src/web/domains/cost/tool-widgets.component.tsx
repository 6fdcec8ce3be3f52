import { StatusBadge } from '../../ui/status/status-badge.component';
import { RENEWAL_WORDS, type RenewalData, renewalHint } from './tool-data';

/** Seats bought, assigned and active as one bar, with the numbers in words for screen readers. */
export function SeatBar({
  bought,
  assigned,
  active,
}: {
  bought: number | null;
  assigned: number;
  active: number;
}) {
  if (bought === null && assigned === 0) return <span className="muted">not by seat</span>;
  const max = Math.max(bought ?? 0, assigned, 1);
  const pct = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(1)}%`;
  const text = `${active} active of ${assigned} assigned${bought === null ? '' : `, ${bought} bought`}`;
  return (
    <div className="seat-bar" title={text}>
      <div className="seat-bar__track" aria-hidden="true">
        <span className="seat-bar__assigned" style={{ width: pct(assigned) }} />
        <span className="seat-bar__active" style={{ width: pct(active) }} />
        {bought !== null && bought < max ? (
          <span className="seat-bar__bought" style={{ left: pct(bought) }} />
        ) : null}
      </div>
      <span className="seat-bar__text">
        {active}/{bought ?? assigned}
        <span className="visually-hidden"> — {text}</span>
      </span>
    </div>
  );
}

/** The renewal's status as a badge (icon and word, never colour alone) with what to do. */
export function RenewalBadge({ renewal }: { renewal: RenewalData | null }) {
  if (!renewal) return <span className="muted">no date</span>;
  const status =
    renewal.status === 'notice-passed'
      ? 'bad'
      : renewal.status === 'act-soon'
        ? 'watch'
        : renewal.status === 'ended'
          ? 'no-data'
          : 'good';
  return (
    <span className="renewal-badge">
      <StatusBadge status={status} label={RENEWAL_WORDS[renewal.status]} />
      <span className="muted renewal-badge__hint">{renewalHint(renewal)}</span>
    </span>
  );
}
