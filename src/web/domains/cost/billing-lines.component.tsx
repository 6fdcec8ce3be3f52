import { useEffect, useId, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { compactJson } from '../../ui/format/format';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { type CostFilterValues, type CostGroupBy, type CostMetric, getCostLines } from './cost-api';
import { formatMoney } from './cost-format';

export const LINES_PAGE = 50;

export type LineSort = 'cost' | 'day' | 'row';
export const LINE_SORTS: readonly { id: LineSort; label: string }[] = [
  { id: 'cost', label: 'Largest amortized cost first' },
  { id: 'day', label: 'Newest day first' },
  { id: 'row', label: 'As in the file' },
];

const RULE_NAMES: Record<string, string> = {
  tag: 'tag',
  account: 'account map',
  'resource-glob': 'resource pattern',
  ownership: 'ownership',
};

/** How a line was allocated, in words: `tag#0` → "rule 1 (tag)", `shared:platform` → "shared pool platform". */
export function viaText(via: string): string {
  if (via === 'no-rule') return 'no rule matched';
  if (via.startsWith('shared:')) return `shared pool ${via.slice(7)}`;
  const m = /^([a-z-]+)#(\d+)$/.exec(via);
  if (m?.[1] && m[2]) return `rule ${Number(m[2]) + 1} (${RULE_NAMES[m[1]] ?? m[1]})`;
  return via.replaceAll('-', ' ');
}

/**
 * The billing lines behind one figure of the explorer (a group, a bucket, or a cell), newest first, each
 * with the file and row it was imported from. Paged through the URL (`offset`).
 */
export function BillingLines({
  title,
  from,
  to,
  filters,
  groupBy,
  group,
  metric,
  offset,
  sort,
  closeHref,
  pageHref,
  sortHref,
}: {
  title: string;
  from: string;
  to: string;
  filters: CostFilterValues;
  groupBy: CostGroupBy;
  group: string | undefined;
  metric: CostMetric;
  offset: number;
  sort: LineSort;
  closeHref: string;
  pageHref: (offset: number) => string;
  sortHref: (sort: LineSort) => string;
}) {
  const navigate = useNavigate();
  const sortId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify({ from, to, filters, groupBy, group, offset, sort });
  const lines = useApi(`cost-lines:${key}`, (signal) =>
    getCostLines({ from, to, filters, groupBy, group, limit: LINES_PAGE, offset, sort }, signal),
  );
  // Opening the lines moves the focus to them (keyboard and screen-reader users follow the click).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another figure is opened
  useEffect(() => heading.current?.focus(), [title]);
  const total = lines.data?.total ?? 0;
  const cost = (r: { billedCost: string; effectiveCost: string }) =>
    metric === 'billed' ? r.billedCost : r.effectiveCost;
  return (
    <section className="panel cost-lines" aria-labelledby="cost-lines-title">
      <div className="cost-panel__head">
        <h2 id="cost-lines-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <div className="row">
          <div className="cost-filters__field">
            <label htmlFor={sortId}>Order</label>
            <select id={sortId} value={sort} onChange={(e) => navigate(sortHref(e.target.value as LineSort))}>
              {LINE_SORTS.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <Link to={closeHref} className="button button--small">
            Close the lines
          </Link>
        </div>
      </div>
      {lines.error ? <ProblemView error={lines.error} onRetry={lines.reload} /> : null}
      {!lines.data && lines.loading ? <p className="loading">Loading the billing lines…</p> : null}
      {lines.data ? (
        <>
          <p className="muted" role="status">
            {total.toLocaleString()} billing {total === 1 ? 'line' : 'lines'}
            {total > LINES_PAGE
              ? `; ${(offset + 1).toLocaleString()}–${Math.min(offset + LINES_PAGE, total).toLocaleString()} shown`
              : ''}
            . Each names the file and row it was imported from.
          </p>
          <section
            className="cost-scroll"
            aria-label="Billing lines (scrolls)"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard
            tabIndex={0}
          >
            <table className="simple-table cost-lines__table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col" className="num">
                    {metric === 'billed' ? 'Billed cost' : 'Amortized cost'}
                  </th>
                  <th scope="col">Source</th>
                  <th scope="col">Cloud service</th>
                  <th scope="col">Account</th>
                  <th scope="col">Resource</th>
                  <th scope="col">Charge</th>
                  <th scope="col">Environment</th>
                  <th scope="col">Allocated to</th>
                </tr>
              </thead>
              <tbody>
                {lines.data.items.map((r) => (
                  <tr key={r.id}>
                    <td>{r.chargeDay}</td>
                    <td className="num cost-money" title={`${cost(r)} ${r.currency}`}>
                      {formatMoney(cost(r), r.currency, { exact: true })}
                    </td>
                    <td>
                      <span className="cost-lines__file">{r.file}</span>, row {r.sourceRow.toLocaleString()}
                    </td>
                    <td>
                      {r.provider} · {r.serviceName ?? '—'}
                      {r.serviceCategory ? <span className="muted"> · {r.serviceCategory}</span> : null}
                    </td>
                    <td>{r.account ?? '—'}</td>
                    <td className="cost-lines__resource" title={compactJson(r.tags, 400)}>
                      {r.resourceId ?? '—'}
                    </td>
                    <td>{r.chargeCategory ?? '—'}</td>
                    <td>{r.environment ?? '—'}</td>
                    <td>
                      {r.unit ?? <strong>Unallocated</strong>}
                      <span className="muted"> · {viaText(r.via)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {total > LINES_PAGE ? (
            <nav className="row cost-pager" aria-label="Billing line pages">
              {offset > 0 ? (
                <Link to={pageHref(Math.max(0, offset - LINES_PAGE))} className="button button--small">
                  Previous {LINES_PAGE}
                </Link>
              ) : null}
              {offset + LINES_PAGE < total ? (
                <Link to={pageHref(offset + LINES_PAGE)} className="button button--small">
                  Next {LINES_PAGE}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
