import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CostGroup } from './cost-api';
import { formatMoney, formatShare, moneyShare } from './cost-format';

export interface CostFigure {
  label: string;
  value: ReactNode;
  /** A line under the value: the change, the share, where it comes from. */
  note?: ReactNode;
  /** The rows behind the figure. */
  href?: string;
  hrefLabel?: string;
  /** The value is words or dates, not an amount: a smaller type. */
  text?: boolean;
}

/** The few numbers a cost page is about, as small cards (a description list for screen readers). */
export function CostFigures({ label, items }: { label: string; items: readonly CostFigure[] }) {
  return (
    <dl className="cost-figures" aria-label={label}>
      {items.map((f) => (
        <div key={f.label} className="cost-figure">
          <dt className="cost-figure__label">{f.label}</dt>
          <dd className={`cost-figure__value${f.text ? ' cost-figure__value--text' : ''}`}>{f.value}</dd>
          {f.note ? <dd className="cost-figure__note">{f.note}</dd> : null}
          {f.href ? (
            <dd className="cost-figure__link">
              <Link to={f.href}>{f.hrefLabel ?? 'The lines behind it'}</Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/**
 * The largest groups of a series with their amount and share of the total; each name opens the
 * explorer on that group's lines.
 */
export function TopGroups({
  caption,
  groups,
  total,
  currency,
  hrefOf,
  limit = 6,
}: {
  caption: string;
  groups: readonly CostGroup[];
  total: string;
  currency: string | null;
  hrefOf: (g: CostGroup) => string;
  limit?: number;
}) {
  const shown = groups.filter((g) => g.kind !== 'unallocated' && g.kind !== 'unknown-unit').slice(0, limit);
  if (shown.length === 0) return <p className="muted">Nothing allocated in this range.</p>;
  return (
    <table className="simple-table cost-top">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Cost
          </th>
          <th scope="col" className="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((g) => {
          const share = moneyShare(g.total, total);
          return (
            <tr key={g.key}>
              <th scope="row">
                <Link to={hrefOf(g)}>{g.label}</Link>
              </th>
              <td className="num cost-money">{formatMoney(g.total, currency)}</td>
              <td className="num">
                <span className="cost-share">
                  <span className="cost-share__bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(0, Math.min(1, share ?? 0)) * 100}%` }} />
                  </span>
                  {formatShare(share)}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
