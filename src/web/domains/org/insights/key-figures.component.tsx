import type { ReactNode } from 'react';
import { type Status, StatusBadge } from '../../../ui/status/status-badge.component';

export interface KeyFigure {
  label: string;
  value: ReactNode;
  /** A short line under the value: "12 of 16 teams", "range 4–8". */
  note?: ReactNode;
  /** Judged against the definition's range; a word and an icon, never colour alone. */
  status?: Status;
  statusLabel?: string;
}

/** The few numbers a page is about, in a row of small cards (a description list for screen readers). */
export function KeyFigures({ label, items }: { label: string; items: KeyFigure[] }) {
  return (
    <dl className="key-figures" aria-label={label}>
      {items.map((f) => (
        <div key={f.label} className={`key-figure${f.status ? ` key-figure--${f.status}` : ''}`}>
          <dt className="key-figure__label">{f.label}</dt>
          <dd className="key-figure__value">{f.value}</dd>
          {f.note || f.status ? (
            <dd className="key-figure__note">
              {f.status ? <StatusBadge status={f.status} label={f.statusLabel} /> : null}
              {f.note ? <span>{f.note}</span> : null}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
