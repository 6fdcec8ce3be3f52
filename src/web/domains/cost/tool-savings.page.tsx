import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { SelectField } from '../../ui/form/fields.component';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { categoryLabel, formatMoney, toolName, toolsApi } from './tool-data';
import { ToolTabs } from './tool-tabs.component';
import './tools.css';

const WINDOWS = [
  { value: '30', label: '30 days' },
  { value: '60', label: '60 days' },
  { value: '90', label: '90 days' },
];
const INACTIVE_SHOWN = 200;

/** `/cost/tools/savings`: seats paid for but not used, what they cost, and tools that overlap. */
export function ToolSavingsPage() {
  const [params, setParams] = useSearchParams();
  const activeDays = Number(params.get('activeDays') ?? '30') || 30;
  const { data, error, reload } = useApi(`cost-tools-savings-${activeDays}`, (signal) =>
    toolsApi.savings(activeDays, signal),
  );
  const overlaps = useApi('cost-tools-overlaps', (signal) => toolsApi.overlaps(signal));
  return (
    <div className="tools-page">
      <PageHeader
        title="Unused seats and overlaps"
        description="Seats bought but not used lately, what they cost a year, and categories where several tools do the same job."
      />
      <ToolTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      <section className="row tools-filters" aria-label="Activity window">
        <SelectField
          label="A seat is active when used within"
          name="activeDays"
          value={String(activeDays)}
          onChange={(v) => setParams(v === '30' ? {} : { activeDays: v }, { replace: true })}
          options={WINDOWS}
        />
      </section>
      <section aria-labelledby="unused-heading" className="stack">
        <h2 id="unused-heading">Unused seats</h2>
        {data && data.savings.length === 0 ? (
          <EmptyState title="No unused seats" command="quarterdeck import tool-seats seats.csv">
            <p>
              Every seat bought was used within {activeDays} days — or no seat use is known yet. Import
              last-use dates to find seats to cut.
            </p>
          </EmptyState>
        ) : null}
        {data?.savings.map((s) => (
          <div key={s.currency} className="panel">
            <p className="tools-savings-total">
              <strong>{formatMoney(s.annualUnusedCost, s.currency)}</strong> a year on {s.unusedSeats} unused
              seat
              {s.unusedSeats === 1 ? '' : 's'} ({s.currency})
            </p>
            <div className="table-scroll">
              <table className="simple-table">
                <caption className="visually-hidden">Unused seats per tool, {s.currency}</caption>
                <thead>
                  <tr>
                    <th scope="col">Tool</th>
                    <th scope="col" className="num">
                      Bought
                    </th>
                    <th scope="col" className="num">
                      Assigned
                    </th>
                    <th scope="col" className="num">
                      Active
                    </th>
                    <th scope="col" className="num">
                      Unused
                    </th>
                    <th scope="col" className="num">
                      Seat a year
                    </th>
                    <th scope="col" className="num">
                      Unused a year
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.tools.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">
                        <Link to={`/cost/tools/${t.id}`}>{t.product}</Link>{' '}
                        <span className="muted">{t.vendor}</span>
                      </th>
                      <td className="num">{t.seatsBought}</td>
                      <td className="num">{t.seatsAssigned}</td>
                      <td className="num">{t.seatsActive}</td>
                      <td className="num">{t.unusedSeats}</td>
                      <td className="num">{formatMoney(t.seatCost, s.currency)}</td>
                      <td className="num">{formatMoney(t.annualUnusedCost, s.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
      {data && data.inactiveSeats.length > 0 ? (
        <section className="panel" aria-labelledby="inactive-heading">
          <h2 id="inactive-heading">
            Assigned but not used in {activeDays} days ({data.inactiveSeats.length})
          </h2>
          <p className="muted">
            Never used first, then the longest idle. Reclaim these seats before buying more.
          </p>
          <div className="table-scroll tools-inactive">
            <table className="simple-table">
              <caption className="visually-hidden">Seats not used within {activeDays} days</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Tool</th>
                  <th scope="col">Last active</th>
                </tr>
              </thead>
              <tbody>
                {data.inactiveSeats.slice(0, INACTIVE_SHOWN).map((s) => (
                  <tr key={`${s.toolId}-${s.email}`}>
                    <th scope="row">
                      {s.personId ? <Link to={`/org/people/${s.personId}`}>{s.personName}</Link> : s.email}
                      {s.personId ? null : <span className="muted"> (not matched)</span>}
                    </th>
                    <td>
                      <Link to={`/cost/tools/${s.toolId}`}>{s.product}</Link>
                    </td>
                    <td>{s.lastActiveAt ? formatDate(s.lastActiveAt) : 'never'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.inactiveSeats.length > INACTIVE_SHOWN ? (
            <p className="muted">
              The first {INACTIVE_SHOWN} shown; each tool’s page lists all of its seats.
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="overlaps-heading" className="stack">
        <h2 id="overlaps-heading">Overlapping tools</h2>
        {overlaps.error ? <ProblemView error={overlaps.error} onRetry={overlaps.reload} /> : null}
        {overlaps.data && overlaps.data.overlaps.length === 0 ? (
          <p className="callout callout--good">No category has more than one tool.</p>
        ) : null}
        <div className="tools-overlaps">
          {overlaps.data?.overlaps.map((o) => (
            <article key={o.category} className="panel" aria-labelledby={`overlap-${o.category}`}>
              <h3 id={`overlap-${o.category}`}>
                {categoryLabel(o.category)}: {o.tools.length} tools
              </h3>
              <p>
                {o.annualCost.map((c) => formatMoney(c.amount, c.currency)).join(' + ')} a year ·{' '}
                {o.seatsActive} active of {o.seatsAssigned} assigned seats
              </p>
              <ul>
                {o.tools.map((t) => (
                  <li key={t.id}>
                    <Link to={`/cost/tools/${t.id}`}>{toolName(t.vendor, t.product)}</Link>{' '}
                    <span className="muted">
                      {formatMoney(t.annualCost, t.currency)}
                      {t.seatsAssigned ? ` · ${t.seatsActive}/${t.seatsAssigned} seats active` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}
