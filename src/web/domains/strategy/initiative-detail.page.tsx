import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { FormError } from '../../ui/form/fields.component';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { formatMoney, type InitiativeDetail, pct, STATUS_LABEL, trackState } from './direction-data';
import { DirectionTabs } from './direction-tabs.component';
import { burnText } from './initiatives.page';
import './direction.css';

const today = () => new Date().toISOString().slice(0, 10);

function Facts({ i }: { i: InitiativeDetail }) {
  const s = i.state;
  const b = s.budget;
  return (
    <div className="direction-facts">
      <section className="panel" aria-labelledby="f-spec">
        <h2 id="f-spec">On spec</h2>
        <p className="direction-facts__big">{pct(s.spec)}</p>
        <p className="muted">
          {i.acceptance.filter((a) => a.done).length} of {i.acceptance.length} acceptance items and{' '}
          {i.milestones.filter((m) => m.doneOn).length} of {i.milestones.length} milestones done
        </p>
      </section>
      <section className="panel" aria-labelledby="f-time">
        <h2 id="f-time">On time</h2>
        <p className="direction-facts__big">
          {s.schedule.slipDays === null
            ? '–'
            : s.schedule.slipDays === 0
              ? 'No slip'
              : `${s.schedule.slipDays} days late`}
        </p>
        <p className="muted">
          Planned end {formatDate(i.plannedEnd)}
          {s.schedule.end
            ? ` · ${s.schedule.forecast ? 'forecast' : 'actual'} end ${formatDate(s.schedule.end)}`
            : ''}
        </p>
      </section>
      <section className="panel" aria-labelledby="f-budget">
        <h2 id="f-budget">On budget</h2>
        <p className="direction-facts__big">{b.burn === null ? '–' : pct(b.burn)}</p>
        <p className="muted">
          {burnText(i)}
          {b.basis === 'engineer-weeks' ? ` · ${b.spent} of ${b.budget} engineer-weeks` : ''}
          {b.cpi !== null ? ` · CPI ${Math.round(b.cpi * 100) / 100}` : ''}
        </p>
      </section>
      <section className="panel" aria-labelledby="f-actual">
        <h2 id="f-actual">Actuals from delivery data</h2>
        <dl className="definition-list">
          <dt>Actual start</dt>
          <dd>{i.actuals.start ? formatDate(i.actuals.start) : 'no linked pull requests yet'}</dd>
          <dt>Latest delivery</dt>
          <dd>{i.actuals.latestDelivery ? formatDate(i.actuals.latestDelivery) : '–'}</dd>
          <dt>Effort</dt>
          <dd>
            {i.actuals.engineerWeeks} engineer-weeks by {i.actuals.engineers} engineers
          </dd>
          <dt>Pull requests</dt>
          <dd>
            {i.actuals.merged} merged ({i.actuals.deployed} deployed) · {i.actuals.open} open
          </dd>
          <dt>Actual cost</dt>
          <dd>
            {i.actualCost.amount
              ? `${formatMoney(i.actualCost.amount, i.actualCost.currency)} (${COST_SOURCE[i.actualCost.source ?? 'manual']})`
              : 'not entered'}
            {i.budget.amount ? ` of ${formatMoney(i.budget.amount, i.budget.currency)}` : ''}
          </dd>
        </dl>
        <p className="muted direction-note">
          Actual cost is what a leader entered by hand plus the cloud cost tagged <code>initiative</code> or{' '}
          <code>project</code> with this initiative’s name.
          {i.actualCost.cloud
            .filter((c) => c.currency !== i.actualCost.currency)
            .map(
              (c) =>
                ` Tagged cloud cost in ${c.currency} (${formatMoney(c.amount, c.currency)}) is not added.`,
            )
            .join('')}
        </p>
      </section>
    </div>
  );
}

function Scope({ i, onChanged }: { i: InitiativeDetail; onChanged: (next: InitiativeDetail) => void }) {
  const [error, setError] = useState<unknown>(null);
  const call = async (p: Promise<InitiativeDetail>) => {
    setError(null);
    try {
      onChanged(await p);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="direction-scope">
      <section className="panel" aria-labelledby="s-items">
        <h2 id="s-items">Acceptance items</h2>
        <FormError error={error} />
        {i.acceptance.length ? (
          <ul className="direction-checklist">
            {i.acceptance.map((a) => (
              <li key={a.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={a.done}
                    disabled={!i.mayChange}
                    onChange={(e) =>
                      call(
                        unwrap(
                          api.PATCH('/api/v1/strategy/initiatives/{id}/acceptance/{itemId}', {
                            params: { path: { id: i.id, itemId: a.id } },
                            body: { done: e.target.checked },
                          }),
                        ),
                      )
                    }
                  />{' '}
                  {a.text}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No acceptance items: the spec cannot be measured.</p>
        )}
      </section>
      <section className="panel" aria-labelledby="s-milestones">
        <h2 id="s-milestones">Milestones</h2>
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Due</th>
              <th scope="col">Done</th>
            </tr>
          </thead>
          <tbody>
            {i.milestones.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>
                  {formatDate(m.dueOn)}
                  {!m.doneOn && m.dueOn < today() ? (
                    <>
                      {' '}
                      <StatusBadge status="bad" label="Overdue" />
                    </>
                  ) : null}
                </td>
                <td>
                  {m.doneOn ? formatDate(m.doneOn) : null}
                  {!m.doneOn && i.mayChange ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() =>
                        call(
                          unwrap(
                            api.PUT('/api/v1/strategy/initiatives/{id}/milestones/{milestoneId}', {
                              params: { path: { id: i.id, milestoneId: m.id } },
                              body: { name: m.name, dueOn: m.dueOn, doneOn: today() },
                            }),
                          ),
                        )
                      }
                    >
                      Mark done today
                    </button>
                  ) : null}
                  {!m.doneOn && !i.mayChange ? '–' : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function PullRequests({ i }: { i: InitiativeDetail }) {
  return (
    <section className="panel" aria-labelledby="prs">
      <h2 id="prs">Pull requests behind the actuals</h2>
      <p className="muted">
        Linked by {i.links.map((l) => `${l.kind.replace('_', ' ')} ${l.value}`).join(', ') || 'nothing yet'}.
        Repository, service and label links count pull requests opened from 14 days before the planned start.
      </p>
      {i.pullRequests.length ? (
        <div className="direction-table-wrap">
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Pull request</th>
                <th scope="col">Author</th>
                <th scope="col">State</th>
                <th scope="col">First commit</th>
                <th scope="col">Merged</th>
                <th scope="col">In production</th>
                <th scope="col" className="num">
                  Commits
                </th>
              </tr>
            </thead>
            <tbody>
              {i.pullRequests.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.url ? (
                      <a href={p.url} rel="noreferrer">
                        {p.repository}#{p.number}
                      </a>
                    ) : (
                      `${p.repository}#${p.number}`
                    )}{' '}
                    {p.title}
                  </td>
                  <td>{p.author ?? '–'}</td>
                  <td>{p.state}</td>
                  <td>{formatDate(p.firstCommitAt)}</td>
                  <td>{formatDate(p.mergedAt)}</td>
                  <td>{formatDate(p.deployedAt)}</td>
                  <td className="num">{p.commits}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No pull requests match the links yet.</p>
      )}
    </section>
  );
}

/** `/strategy/initiatives/:id`: an initiative, its state and the pull requests behind its actuals. */
const COST_SOURCE = {
  manual: 'entered by hand',
  cloud: 'tagged cloud cost',
  'manual+cloud': 'entered by hand + tagged cloud cost',
} as const;

export function InitiativePage() {
  const { id } = useParams();
  const n = Number(id);
  const [override, setOverride] = useState<InitiativeDetail>();
  const { data, error, loading, reload } = useApi(Number.isInteger(n) ? `initiative:${n}` : null, (signal) =>
    unwrap(api.GET('/api/v1/strategy/initiatives/{id}', { params: { path: { id: n } }, signal })),
  );
  const i = override?.id === n ? override : data;
  const s = i ? trackState(i) : null;
  return (
    <div className="page direction-page">
      <PageHeader
        title={i ? i.name : 'Initiative'}
        description={
          i ? (
            <>
              {STATUS_LABEL[i.status]} · planned {formatDate(i.plannedStart)} – {formatDate(i.plannedEnd)}
              {i.owner ? ` · owned by ${i.owner.name}` : ''}
              {i.teams.length ? ` · ${i.teams.map((t) => t.name).join(', ')}` : ''}
            </>
          ) : undefined
        }
        actions={s ? <StatusBadge status={s.status} label={s.word} /> : null}
      />
      <DirectionTabs />
      <p>
        <Link to="/strategy/initiatives">← All initiatives</Link>
      </p>
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Loading the initiative…</p> : null}
      {i ? (
        <>
          {i.description ? <p>{i.description}</p> : null}
          {i.goals.length ? (
            <p>
              Serves:{' '}
              {i.goals.map((g, k) => (
                <span key={g.id}>
                  {k ? ', ' : ''}
                  <Link to="/strategy/goals">{g.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
          <Facts i={i} />
          <Scope i={i} onChanged={setOverride} />
          <PullRequests i={i} />
        </>
      ) : null}
    </div>
  );
}
