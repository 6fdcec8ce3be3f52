import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { useTeams } from '../../scope/use-teams.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { SelectField } from '../../ui/form/fields.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import {
  categoryLabel,
  formatMoney,
  formatMoneyShort,
  TOOL_CATEGORIES,
  TOOL_EDITORS,
  toolsApi,
} from './tool-data';
import { ToolForm } from './tool-form.component';
import { ToolTabs } from './tool-tabs.component';
import { RenewalBadge, SeatBar } from './tool-widgets.component';
import './tools.css';

const RENEWING = [
  { value: '', label: 'Any time' },
  { value: '30', label: 'Within 30 days' },
  { value: '90', label: 'Within 90 days' },
  { value: '180', label: 'Within 6 months' },
  { value: '365', label: 'Within a year' },
];

/** `/cost/tools`: the SaaS and tool register, filtered through the URL. */
export function ToolsRegisterPage() {
  const { can } = useSession();
  const editor = can(TOOL_EDITORS);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const { teams } = useTeams();
  const filters = {
    category: params.get('category') ?? '',
    team: params.get('team') ?? '',
    renewingWithin: params.get('renewingWithin') ?? '',
  };
  const key = `cost-tools?${new URLSearchParams(filters).toString()}`;
  const { data, error, reload, loading } = useApi(key, (signal) => toolsApi.list(filters, signal));
  const summary = useApi('cost-tools-summary', (signal) => toolsApi.summary(signal));
  const setFilter = (name: keyof typeof filters) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const filtered = Object.values(filters).some(Boolean);
  const items = data?.items ?? [];
  const empty = data && items.length === 0 && !filtered;

  return (
    <div className="tools-page">
      <PageHeader
        title="Tools"
        description="The SaaS and tools engineering pays for: cost, seats in use, owner, teams and the next renewal."
        actions={
          editor ? (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setAdding((a) => !a)}
              aria-expanded={adding}
            >
              Add a tool
            </button>
          ) : null
        }
      />
      <ToolTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {adding ? (
        <section className="panel" aria-labelledby="tool-add">
          <h2 id="tool-add">Add a tool</h2>
          <ToolForm onDone={(t) => navigate(`/cost/tools/${t.id}`)} onCancel={() => setAdding(false)} />
        </section>
      ) : null}
      {summary.data && summary.data.totals.length > 0 ? (
        <section className="tools-totals" aria-label="Register totals">
          {summary.data.totals.map((t) => (
            <dl key={t.currency} className="panel tools-total">
              <div>
                <dt>Annual cost ({t.currency})</dt>
                <dd>{formatMoneyShort(t.annualCost, t.currency)}</dd>
              </div>
              <div>
                <dt>Tools</dt>
                <dd>{t.tools}</dd>
              </div>
              <div>
                <dt>Seats active / bought</dt>
                <dd>
                  {t.seatsActive} / {t.seatsBought}
                </dd>
              </div>
              <div>
                <dt>Unused seats cost a year</dt>
                <dd>
                  <Link to="/cost/tools/savings">{formatMoneyShort(t.annualUnusedCost, t.currency)}</Link>
                </dd>
              </div>
            </dl>
          ))}
        </section>
      ) : null}
      {empty ? (
        <EmptyState title="No tools in the register yet" command="quarterdeck import tools tools.csv">
          <p>
            List the subscriptions engineering pays for — one row per tool with its cost, seats, renewal and
            notice period — and import the file (format in the import documentation). Then import last-use
            dates of seats with <code>quarterdeck import tool-seats seats.csv</code>.
            {editor ? ' Or use “Add a tool”.' : ''}
          </p>
        </EmptyState>
      ) : (
        <>
          <section className="row tools-filters" aria-label="Filter the register">
            <SelectField
              label="Category"
              name="category"
              value={filters.category}
              onChange={setFilter('category')}
              options={[
                { value: '', label: 'Every category' },
                ...TOOL_CATEGORIES.map(([value, label]) => ({ value, label })),
              ]}
            />
            <SelectField
              label="Team"
              name="team"
              value={filters.team}
              onChange={setFilter('team')}
              options={[
                { value: '', label: 'Every team' },
                ...(teams ?? [])
                  .filter((t) => t.kind === 'team')
                  .map((t) => ({ value: t.slug, label: t.name })),
              ]}
            />
            <SelectField
              label="Renewing"
              name="renewingWithin"
              value={filters.renewingWithin}
              onChange={setFilter('renewingWithin')}
              options={RENEWING}
            />
            <p className="muted tools-filters__count" aria-live="polite">
              {loading && !data ? 'Loading…' : `${items.length} tool${items.length === 1 ? '' : 's'}`}
            </p>
          </section>
          {data && items.length === 0 ? (
            <p className="callout">No tool matches these filters.</p>
          ) : (
            <div className="table-scroll">
              <table className="simple-table tools-table">
                <caption className="visually-hidden">Tools with seats, annual cost and next renewal</caption>
                <thead>
                  <tr>
                    <th scope="col">Tool</th>
                    <th scope="col">Category</th>
                    <th scope="col">Owner and teams</th>
                    <th scope="col">Seats active / bought</th>
                    <th scope="col" className="num">
                      Annual cost
                    </th>
                    <th scope="col" className="num">
                      Unused seats cost
                    </th>
                    <th scope="col">Renewal</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">
                        <Link to={`/cost/tools/${t.id}`}>{t.product}</Link>
                        <div className="muted">
                          {t.vendor}
                          {t.plan ? ` · ${t.plan}` : ''}
                        </div>
                      </th>
                      <td>{categoryLabel(t.category)}</td>
                      <td>
                        {t.owner ? (
                          <Link to={`/org/people/${t.owner.id}`}>{t.owner.name}</Link>
                        ) : (
                          <span className="muted">no owner</span>
                        )}
                        <div className="muted">
                          {t.teams.length ? t.teams.map((x) => x.name).join(', ') : 'everyone'}
                        </div>
                      </td>
                      <td>
                        <SeatBar bought={t.seatsBought} assigned={t.seatsAssigned} active={t.seatsActive} />
                      </td>
                      <td className="num tools-money">{formatMoney(t.annualCost, t.currency)}</td>
                      <td className="num tools-money">
                        {t.unusedSeats > 0 ? (
                          <>
                            {formatMoney(t.annualUnusedCost, t.currency)}
                            <div className="muted">{t.unusedSeats} unused</div>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td>
                        {t.renewal ? <div>{t.renewal.renewalDate}</div> : null}
                        <RenewalBadge renewal={t.renewal} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
