import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { DEFAULT_QUALITY_DAYS, daysSince, gapPhrase, gapsAffecting, QUALITY_DAYS } from './quality-data';
import './delivery-insights.css';

/**
 * A warning above a delivery page when data its figures need is missing since the start of its range
 * (from the data-quality counts), with a link to what to do. Nothing when no gap touches them.
 */
export function QualityNote({ figures, from }: { figures: readonly string[]; from: string }) {
  const days = daysSince(from);
  const { data } = useApi(`quality:${days}`, (signal) =>
    unwrap(api.GET('/api/v1/delivery/quality', { params: { query: { days } }, signal })),
  );
  if (!data) return null;
  const rows = gapsAffecting(data.gaps, figures);
  if (rows.length === 0) return null;
  return (
    <aside className="callout callout--watch quality-note" aria-label="Missing data">
      <p>
        <strong>Some data behind these figures is missing</strong> (since the start of the range, for every
        team):
      </p>
      <ul>
        {rows.map((r) => (
          <li key={r.info.key}>
            {gapPhrase(r)} <span className="muted">— affects {r.info.affects.join(', ').toLowerCase()}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={qualityHref(days)}>
          What is missing and what to do: Data quality
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
    </aside>
  );
}

/** The quality page over the smallest of its ranges that covers `days`. */
function qualityHref(days: number): string {
  const covering = QUALITY_DAYS.find((d) => days <= d) ?? QUALITY_DAYS[QUALITY_DAYS.length - 1];
  return covering === DEFAULT_QUALITY_DAYS ? '/delivery/quality' : `/delivery/quality?days=${covering}`;
}
