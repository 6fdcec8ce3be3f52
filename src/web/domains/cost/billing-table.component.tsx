import { Link } from 'react-router';
import { downloadCsv } from '../../ui/data-table/csv';
import { orderedGroups } from './billing-chart';
import type { CostSeries } from './cost-api';
import { formatBucket, formatMoney, isZeroMoney, sumMoney } from './cost-format';

/** One CSV cell, quoted when needed; text a spreadsheet would run as a formula is defused. */
function csvCell(value: string): string {
  const text = /^[=+@\t\r]/.test(value) || /^-[^\d]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as RFC 4180 CSV with the exact decimal amounts: groups × buckets, a total column and row. */
export function seriesCsv(series: CostSeries, groupLabel: string): string {
  const groups = orderedGroups(series.groups);
  const currency = series.currency ?? '';
  const head = [groupLabel, ...series.buckets, 'Total', 'Currency'];
  const rows = groups.map((g) => [
    g.label,
    ...series.buckets.map((_, i) => g.values[i] ?? '0'),
    g.total,
    currency,
  ]);
  const totals = series.buckets.map((_, i) => sumMoney(groups.map((g) => g.values[i] ?? '0')));
  rows.push(['Total', ...totals, series.total, currency]);
  return `${[head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Groups × buckets with a total column and a totals row. Every amount is a link to the billing lines
 * behind it (`cellHref`); a group's name opens all its lines in the range.
 */
export function CostTable({
  series,
  groupLabel,
  cellHref,
  selected,
  fileName,
}: {
  series: CostSeries;
  groupLabel: string;
  /** The lines behind a figure: a group (or every group: undefined) in a bucket (or the range: undefined). */
  cellHref: (group: string | undefined, bucket: string | undefined) => string;
  selected: { group: string | undefined; bucket: string | undefined } | null;
  fileName: string;
}) {
  const groups = orderedGroups(series.groups);
  const totals = series.buckets.map((_, i) => sumMoney(groups.map((g) => g.values[i] ?? '0')));
  const money = (v: string) => formatMoney(v, series.currency);
  const isSelected = (group: string | undefined, bucket: string | undefined) =>
    selected !== null && selected.group === group && selected.bucket === bucket;
  const cell = (value: string, group: string | undefined, bucket: string | undefined, label: string) => (
    <Link
      to={cellHref(group, bucket)}
      className={`cost-cell${isZeroMoney(value) ? ' cost-cell--zero' : ''}`}
      aria-label={`${money(value)}: ${label}, the billing lines`}
      aria-current={isSelected(group, bucket) ? 'true' : undefined}
    >
      {money(value)}
    </Link>
  );
  return (
    <div className="cost-table">
      <div className="row cost-table__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => downloadCsv(fileName, seriesCsv(series, groupLabel))}
        >
          Download CSV
        </button>
        <span className="muted">
          Exact amounts{series.currency ? ` in ${series.currency}` : ''}; select a figure to see its billing
          lines.
        </span>
      </div>
      <section
        className="cost-scroll"
        aria-label="Cost by group and period (scrolls)"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard
        tabIndex={0}
      >
        <table className="simple-table cost-table__table">
          <caption className="visually-hidden">
            Cost by {groupLabel.toLowerCase()} and period{series.currency ? ` (${series.currency})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{groupLabel}</th>
              {series.buckets.map((b) => (
                <th key={b} scope="col" className="num cost-nowrap">
                  {formatBucket(b)}
                </th>
              ))}
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} className={g.kind === 'unallocated' ? 'cost-table__unallocated' : undefined}>
                <th scope="row">
                  <Link
                    to={cellHref(g.key, undefined)}
                    aria-current={isSelected(g.key, undefined) ? 'true' : undefined}
                  >
                    {g.label}
                  </Link>
                  {g.kind === 'unallocated' ? <span className="muted"> (no team or service)</span> : null}
                  {g.shared && !isZeroMoney(g.shared) ? (
                    <span className="cost-table__shared">incl. {money(g.shared)} shared</span>
                  ) : null}
                </th>
                {series.buckets.map((b, i) => (
                  <td key={b} className="num">
                    {cell(g.values[i] ?? '0', g.key, b, `${g.label}, ${formatBucket(b)}`)}
                  </td>
                ))}
                <td className="num cost-table__total">
                  {cell(g.total, g.key, undefined, `${g.label}, whole range`)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {series.buckets.map((b, i) => (
                <td key={b} className="num">
                  {cell(totals[i] ?? '0', undefined, b, `every group, ${formatBucket(b)}`)}
                </td>
              ))}
              <td className="num cost-table__total">
                {cell(series.total, undefined, undefined, 'every group, whole range')}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
