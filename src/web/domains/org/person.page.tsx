import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { PersonStatus } from './person-status.component';
import { ReportingTree } from './reporting-tree.component';
import './org.css';

const SEES_SUBTREES = ['admin', 'executive', 'manager'] as const;

/** `/org/people/:id`: a person's details, their manager, and (for leaders) everyone who reports to them. */
export function PersonPage() {
  const id = Number(useParams().id);
  const { can } = useSession();
  const person = useApi(`person:${id}`, (signal) =>
    unwrap(api.GET('/api/v1/org/people/{id}', { params: { path: { id } }, signal })),
  );
  const managerId = person.data?.managerId ?? null;
  const manager = useApi(managerId ? `person:${managerId}` : null, (signal) =>
    unwrap(api.GET('/api/v1/org/people/{id}', { params: { path: { id: managerId ?? 0 } }, signal })),
  );
  const subtree = useApi(can(SEES_SUBTREES) && person.data ? `subtree:${id}` : null, (signal) =>
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
  if (!p) return <p className="loading">Loading…</p>;
  const subtreeHidden = subtree.error instanceof ApiProblem && subtree.error.status === 404;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/org/people">People</Link> <span aria-hidden="true">›</span> {p.name}
      </p>
      <PageHeader title={p.name} description={[p.title, p.level].filter(Boolean).join(' · ') || undefined} />
      <div className="person-layout">
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
            <dt>Level</dt>
            <dd>{p.level ?? '—'}</dd>
            <dt>Location</dt>
            <dd>
              {p.location ?? '—'}
              {p.workMode ? ` (${p.workMode})` : ''}
            </dd>
            <dt>Start date</dt>
            <dd>{p.startDate ?? '—'}</dd>
            <dt>Manager</dt>
            <dd>
              {managerId ? (
                <Link to={`/org/people/${managerId}`}>{manager.data?.name ?? `Person ${managerId}`}</Link>
              ) : (
                'No manager (top of the organization)'
              )}
              {manager.data?.title ? <span className="muted"> · {manager.data.title}</span> : null}
            </dd>
          </dl>
        </section>
        {can(SEES_SUBTREES) ? (
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
    </div>
  );
}
