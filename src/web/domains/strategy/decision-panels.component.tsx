import { useId } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { adrLabel, monthLabel, statusLook } from './decision-data';

const MONTHS_SHOWN = 12;
const MISSING_SHOWN = 10;

/** Records by month with the status changes dated in each month, newest first; bars show the volume. */
export function DecisionTimelinePanel({ all, onAll }: { all: boolean; onAll: (on: boolean) => void }) {
  const id = useId();
  const tl = useApi('adrs:timeline', (signal) =>
    unwrap(api.GET('/api/v1/strategy/adrs/timeline', { signal })),
  );
  const months = tl.data?.months ?? [];
  const shown = all ? months : months.slice(0, MONTHS_SHOWN);
  const most = Math.max(1, ...months.map((m) => m.changes.length));
  return (
    <section className="panel decision-timeline" aria-labelledby={id}>
      <h2 id={id}>Timeline</h2>
      {tl.error ? (
        <ProblemView error={tl.error} onRetry={tl.reload} heading="h3" />
      ) : !tl.data ? (
        <p className="loading">Loading the timeline…</p>
      ) : months.length === 0 ? (
        <p className="muted">No decisions dated yet.</p>
      ) : (
        <>
          <ol className="decision-timeline__months">
            {shown.map((m) => (
              <li key={m.month}>
                <h3 className="decision-timeline__month">
                  <span>{monthLabel(m.month)}</span>
                  <span
                    className="decision-timeline__bar"
                    aria-hidden="true"
                    style={{ inlineSize: `${(m.changes.length / most) * 100}%` }}
                  />
                  <span className="muted">
                    {m.changes.length} status change{m.changes.length === 1 ? '' : 's'}
                  </span>
                </h3>
                <ul>
                  {m.changes.map((c) => (
                    <li key={`${c.number}:${c.status}:${c.on}`}>
                      <Link to={`/strategy/decisions/${c.number}`}>
                        {adrLabel(c.number)} {c.title}
                      </Link>{' '}
                      <span className={`decision-word decision-word--${statusLook(c.status).status}`}>
                        {statusLook(c.status).word.toLowerCase()}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {months.length > MONTHS_SHOWN ? (
            <button type="button" className="button button--ghost button--small" onClick={() => onAll(!all)}>
              {all ? `Show the last ${MONTHS_SHOWN} months` : `Show all ${months.length} months`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Services (catalog components) no decision record is linked to, with the team that owns each. */
export function MissingDecisionsPanel({ all, onAll }: { all: boolean; onAll: (on: boolean) => void }) {
  const id = useId();
  const m = useApi('adrs:missing', (signal) => unwrap(api.GET('/api/v1/strategy/adrs/missing', { signal })));
  const items = m.data?.items ?? [];
  const shown = all ? items : items.slice(0, MISSING_SHOWN);
  return (
    <section className="panel decision-missing" aria-labelledby={id}>
      <h2 id={id}>Decisions missing</h2>
      {m.error ? (
        <ProblemView error={m.error} onRetry={m.reload} heading="h3" />
      ) : !m.data ? (
        <p className="loading">Loading services…</p>
      ) : m.data.services === 0 ? (
        <p className="muted">
          No services in the catalog yet. Import a Backstage catalog to see which services have no decision
          recorded.
        </p>
      ) : items.length === 0 ? (
        <p className="callout callout--good">
          Every one of the {m.data.services} services has a decision record linked.
        </p>
      ) : (
        <>
          <p>
            <strong>
              {items.length} of {m.data.services}
            </strong>{' '}
            services have no decision record linked. Their owning teams may be deciding without writing it
            down.
          </p>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Owning team</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/org/services/${s.id}`}>{s.name}</Link>
                  </td>
                  <td>
                    {s.team ? (
                      <Link to={`/org/teams/${s.team.id}`}>{s.team.name}</Link>
                    ) : (
                      <span className="muted">no owner</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.length > MISSING_SHOWN ? (
            <button type="button" className="button button--ghost button--small" onClick={() => onAll(!all)}>
              {all ? 'Show fewer' : `Show all ${items.length}`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
