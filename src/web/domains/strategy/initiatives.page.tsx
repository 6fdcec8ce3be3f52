import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import {
  type Initiative,
  type InitiativeStatus,
  matchesTrack,
  pct,
  STATUS_LABEL,
  STATUSES,
  TRACK_FILTERS,
  type TrackFilter,
  trackState,
} from './direction-data';
import { DirectionTabs } from './direction-tabs.component';
import { InitiativeGantt } from './initiative-gantt.component';
import './direction.css';

const TRACK_LABEL: Record<TrackFilter, string> = {
  'on-track': 'On time and on budget',
  late: 'Late',
  'over-budget': 'Over budget',
};

export function burnText(i: Initiative): string {
  const b = i.state.budget;
  if (b.burn === null) return '–';
  return `${pct(b.burn)} spent · ${pct(b.elapsed)} of time`;
}

function PortfolioTable({ items }: { items: Initiative[] }) {
  return (
    <div className="direction-table-wrap">
      <table className="simple-table direction-table">
        <caption className="visually-hidden">Initiatives with their state</caption>
        <thead>
          <tr>
            <th scope="col">Initiative</th>
            <th scope="col">Status</th>
            <th scope="col">Teams</th>
            <th scope="col">Planned</th>
            <th scope="col">End (forecast)</th>
            <th scope="col" className="num">
              Slip
            </th>
            <th scope="col" className="num">
              Spec done
            </th>
            <th scope="col">Budget burn</th>
            <th scope="col" className="num">
              Effort (eng.-weeks)
            </th>
            <th scope="col" className="num">
              Pull requests
            </th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const s = trackState(i);
            return (
              <tr key={i.id}>
                <th scope="row">
                  <Link to={`/strategy/initiatives/${i.id}`}>{i.name}</Link>
                </th>
                <td>{STATUS_LABEL[i.status]}</td>
                <td>{i.teams.map((t) => t.name).join(', ') || '–'}</td>
                <td>
                  {formatDate(i.plannedStart)} – {formatDate(i.plannedEnd)}
                </td>
                <td>
                  {i.state.schedule.end ? formatDate(i.state.schedule.end) : '–'}
                  {i.state.schedule.forecast ? ' (forecast)' : ''}
                </td>
                <td className="num">
                  {i.state.schedule.slipDays === null ? '–' : `${i.state.schedule.slipDays} d`}
                </td>
                <td className="num">{pct(i.state.spec)}</td>
                <td>{burnText(i)}</td>
                <td className="num">{i.actuals.engineerWeeks}</td>
                <td className="num">{i.actuals.pullRequests}</td>
                <td>
                  <StatusBadge status={s.status} label={s.word} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** `/strategy/initiatives`: the portfolio on a timeline and in a table, filtered from the URL. */
export function InitiativesPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const team = params.get('teamId') ?? '';
  const track = params.get('track') ?? '';
  const { data, error, loading, reload } = useApi('portfolio', (signal) =>
    unwrap(api.GET('/api/v1/strategy/initiatives', { signal })),
  );
  const all = data?.items ?? [];
  const teams = [...new Map(all.flatMap((i) => i.teams).map((t) => [t.id, t])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const items = all.filter(
    (i) =>
      (!status || i.status === status) &&
      (!team || i.teams.some((t) => String(t.id) === team)) &&
      (!track || matchesTrack(i, track as TrackFilter)),
  );
  const set = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const active = all.filter((i) => i.status === 'active' && i.state.onTrack !== null);
  const onTrack = active.filter((i) => i.state.onTrack).length;
  return (
    <div className="page direction-page">
      <PageHeader
        title="Initiatives"
        description="Are initiatives on spec, on time and on budget? Actual dates and effort come from the pull requests linked to each."
      />
      <DirectionTabs />
      <section className="direction-toolbar" aria-label="Filters">
        <label>
          Status
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">Any</option>
            {STATUSES.map((s: InitiativeStatus) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Team
          <select value={team} onChange={(e) => set('teamId', e.target.value)}>
            <option value="">Any</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          State
          <select value={track} onChange={(e) => set('track', e.target.value)}>
            <option value="">Any</option>
            {TRACK_FILTERS.map((f) => (
              <option key={f} value={f}>
                {TRACK_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        {active.length ? (
          <p className="muted">
            {onTrack} of {active.length} active initiatives on time and on budget.
          </p>
        ) : null}
      </section>
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Loading the portfolio…</p> : null}
      {data && all.length === 0 ? (
        <EmptyState title="No initiatives yet">
          <p>
            Leaders and managers add initiatives with planned dates, a budget in engineer-weeks or money,
            milestones and acceptance items through the API (<code>POST /api/v1/strategy/initiatives</code>,
            docs/api.md). Link each to repositories, labels or pull requests so that actual dates and effort
            come from delivery data.
          </p>
        </EmptyState>
      ) : null}
      {data && all.length > 0 && items.length === 0 ? (
        <p className="muted">No initiative matches these filters.</p>
      ) : null}
      {items.length ? (
        <>
          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <InitiativeGantt items={items} now={data ? Date.parse(data.asOf) : Date.now()} />
          </section>
          <section className="panel" aria-labelledby="table-title">
            <h2 id="table-title">On spec, on time, on budget</h2>
            <PortfolioTable items={items} />
            <p className="muted">
              Slip: forecast (or actual) end minus planned end, forecast from overdue milestones and the pace
              of the last one; on time within 7 days. Burn: effort (or cost) spent ÷ budget, on budget up to
              10 points above the share of planned time elapsed.{' '}
              <Link to="/help/metrics#initiatives">How these are measured</Link>
            </p>
          </section>
        </>
      ) : null}
    </div>
  );
}
