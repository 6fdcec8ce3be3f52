import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { Output } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { kindWord, Tag } from './org-badges.component';
import { historyEvents, tenureWords } from './person-history';
import { PersonStatus } from './person-status.component';
import { ReportingTree } from './reporting-tree.component';
import './org.css';

type PersonDetail = Output<'/api/v1/org/people/{id}'>;

const SEES_SUBTREES = ['admin', 'executive', 'manager'] as const;

function ManagerChain({ person }: { person: PersonDetail }) {
  const chain = [...person.managerChain].reverse();
  return (
    <nav aria-label="Management chain" className="breadcrumb">
      <Link to="/org/people">People</Link>
      {chain.map((m) => (
        <span key={m.id}>
          {' '}
          <span aria-hidden="true">›</span>{' '}
          <Link to={`/org/people/${m.id}`} title={m.title ?? undefined}>
            {m.name}
          </Link>
        </span>
      ))}{' '}
      <span aria-hidden="true">›</span> <span aria-current="page">{person.name}</span>
    </nav>
  );
}

function Details({ p }: { p: PersonDetail }) {
  return (
    <section className="panel" aria-labelledby="person-details">
      <h2 id="person-details">Details</h2>
      <dl className="definition-list">
        <dt>Status</dt>
        <dd>
          <PersonStatus status={p.status} />
        </dd>
        <dt>Email</dt>
        <dd>
          <a href={`mailto:${p.email}`}>{p.email}</a>
        </dd>
        <dt>Role</dt>
        <dd>{p.role}</dd>
        <dt>Title</dt>
        <dd>{p.title ?? '—'}</dd>
        {p.detail ? (
          <>
            <dt>Level</dt>
            <dd>{p.level ?? '—'}</dd>
            <dt>Employment</dt>
            <dd>{p.employmentType ?? '—'}</dd>
          </>
        ) : null}
        <dt>Location</dt>
        <dd>
          {p.location ?? '—'}
          {p.workMode ? ` (${p.workMode})` : ''}
        </dd>
        {p.githubLogin ? (
          <>
            <dt>GitHub</dt>
            <dd>
              <a href={`https://github.com/${p.githubLogin}`} rel="noreferrer noopener" target="_blank">
                {p.githubLogin}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </dd>
          </>
        ) : null}
        <dt>Manager</dt>
        <dd>
          {p.managerId ? (
            <Link to={`/org/people/${p.managerId}`}>{p.managerName ?? `Person ${p.managerId}`}</Link>
          ) : (
            'No manager (top of the organization)'
          )}
          {p.managerChain[0]?.title ? <span className="muted"> · {p.managerChain[0].title}</span> : null}
        </dd>
        <dt>Tenure</dt>
        <dd>
          {p.tenureDays !== null ? tenureWords(p.tenureDays) : '—'}
          {p.startDate ? <span className="muted"> (since {formatDate(p.startDate)})</span> : null}
          {p.endDate ? <span className="muted"> · left {formatDate(p.endDate)}</span> : null}
        </dd>
      </dl>
    </section>
  );
}

function Teams({ p }: { p: PersonDetail }) {
  return (
    <section className="panel" aria-labelledby="person-teams">
      <h2 id="person-teams">Teams ({p.teams.length})</h2>
      {p.teams.length === 0 ? (
        <p className="muted">
          Not placed in any team. The HR export’s team column or a Backstage Group’s members put people in
          teams.
        </p>
      ) : (
        <ul className="plain-list">
          {p.teams.map((t) => (
            <li key={t.id} className="row">
              <Link to={`/org/teams/${t.id}`}>{t.name}</Link>
              <span className="muted">{kindWord(t.kind)}</span>
              {t.primary ? <Tag>Primary</Tag> : null}
              {t.lead ? <Tag tone="accent">Lead</Tag> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Owns({ p }: { p: PersonDetail }) {
  return (
    <section className="panel" aria-labelledby="person-owns">
      <h2 id="person-owns">Services owned ({p.owns.length})</h2>
      {p.owns.length === 0 ? (
        <p className="muted">
          Nothing in the catalog is owned by {p.name} or their teams. Owners come from <code>spec.owner</code>{' '}
          in a Backstage catalog.
        </p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">Catalog entities owned by {p.name} or their teams</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Owned through</th>
            </tr>
          </thead>
          <tbody>
            {p.owns.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <Link to={`/org/services/${e.id}`}>{e.title ?? e.name}</Link>
                </th>
                <td>{kindWord(e.kind)}</td>
                <td>{e.via}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Reports({ p }: { p: PersonDetail }) {
  return (
    <section className="panel" aria-labelledby="person-reports">
      <h2 id="person-reports">Direct reports ({p.reports.length})</h2>
      {p.reports.length === 0 ? (
        <p className="muted">Nobody reports to {p.name}.</p>
      ) : (
        <ul className="plain-list plain-list--columns">
          {p.reports.map((r) => (
            <li key={r.id}>
              <Link to={`/org/people/${r.id}`}>{r.name}</Link>
              {r.title ? <span className="muted"> · {r.title}</span> : null}
              {r.status !== 'active' ? (
                <>
                  {' '}
                  <PersonStatus status={r.status} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ p }: { p: PersonDetail }) {
  if (!p.history) return null;
  const events = historyEvents(p.history);
  return (
    <section className="panel" aria-labelledby="person-history">
      <h2 id="person-history">History</h2>
      {events.length === 0 ? (
        <p className="muted">No dated versions recorded yet; each import that changes {p.name} adds one.</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.date}>
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              <ul>
                {e.changes.map((c) => (
                  <li key={c.kind} className={`timeline__change timeline__change--${c.kind}`}>
                    {c.text}
                    {c.link ? (
                      <>
                        {' '}
                        <Link to={c.link.href} className="muted">
                          (open {c.link.label})
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Identities({ p }: { p: PersonDetail }) {
  if (!p.identities) return null;
  return (
    <section className="panel" aria-labelledby="person-identities">
      <h2 id="person-identities">Identities ({p.identities.length})</h2>
      {p.identities.length === 0 ? (
        <p className="muted">
          No git e-mails or GitHub logins are linked to {p.name}. They are matched on import (a{' '}
          <code>.mailmap</code> helps) and can be assigned in the identity review queue.
        </p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">Identities of {p.name}</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Value</th>
              <th scope="col">Matched by</th>
            </tr>
          </thead>
          <tbody>
            {p.identities.map((i) => (
              <tr key={i.id}>
                <td>{i.kind}</td>
                <th scope="row">
                  <code>{i.value}</code>
                </th>
                <td>{i.method ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * `/org/people/:id`: a person — manager chain, details and tenure, teams, direct reports, what they own;
 * history and identities for those allowed to see them; for leaders, everyone who reports to them.
 */
export function PersonPage() {
  const id = Number(useParams().id);
  const { can } = useSession();
  const person = useApi(`person:${id}`, (signal) =>
    unwrap(api.GET('/api/v1/org/people/{id}', { params: { path: { id } }, signal })),
  );
  const hasReports = (person.data?.reports.length ?? 0) > 0;
  const subtree = useApi(can(SEES_SUBTREES) && person.data && hasReports ? `subtree:${id}` : null, (signal) =>
    unwrap(api.GET('/api/v1/org/people/{id}/subtree', { params: { path: { id } }, signal })),
  );

  if (person.error) {
    return (
      <div className="page">
        <PageHeader title="Person" />
        <ProblemView error={person.error} onRetry={person.reload} />
        <p>
          <Link to="/org/people">Back to the directory</Link>
        </p>
      </div>
    );
  }
  const p = person.data;
  if (!p || p.id !== id) return <p className="loading">Loading…</p>;
  const subtreeHidden = subtree.error instanceof ApiProblem && subtree.error.status === 404;

  return (
    <div className="page">
      <ManagerChain person={p} />
      <PageHeader
        title={p.name}
        description={[p.title, p.level, p.teamName].filter(Boolean).join(' · ') || undefined}
        actions={
          p.status === 'active' ? (
            <Link className="button button--small" to={`/org/chart?focus=${p.id}`}>
              Show in the org chart
            </Link>
          ) : null
        }
      />
      <dl className="fact-row">
        <div>
          <dt>Direct reports</dt>
          <dd>{p.reports.length ? <a href="#person-reports">{p.reports.length}</a> : 0}</dd>
        </div>
        {subtree.data ? (
          <div>
            <dt>Whole reporting line</dt>
            <dd>
              <a href="#person-subtree">{subtree.data.total.toLocaleString()}</a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Teams</dt>
          <dd>{p.teams.length ? <a href="#person-teams">{p.teams.length}</a> : 0}</dd>
        </div>
        <div>
          <dt>Services owned</dt>
          <dd>{p.owns.length ? <a href="#person-owns">{p.owns.length}</a> : 0}</dd>
        </div>
        {p.tenureDays !== null ? (
          <div>
            <dt>Tenure</dt>
            <dd>{tenureWords(p.tenureDays)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="person-layout">
        <div className="stack">
          <Details p={p} />
          <Teams p={p} />
          <Owns p={p} />
        </div>
        <div className="stack">
          <Reports p={p} />
          <History p={p} />
          <Identities p={p} />
          {!p.history && !p.identities ? (
            <p className="muted">
              History and identities are shown to {p.name}, their managers, executives and admins.
            </p>
          ) : null}
        </div>
      </div>
      {can(SEES_SUBTREES) && hasReports ? (
        <section className="panel" aria-labelledby="person-subtree">
          <h2 id="person-subtree">Reporting line</h2>
          {subtree.data ? (
            <ReportingTree rootId={p.id} people={subtree.data.items} />
          ) : subtreeHidden ? (
            <p className="muted">
              {p.name} is outside your reporting subtree, so their reports are not shown.
            </p>
          ) : subtree.error ? (
            <ProblemView error={subtree.error} onRetry={subtree.reload} heading="h3" />
          ) : (
            <p className="loading">Loading…</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
