import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { kindWord, LifecycleBadge, Tag } from './org-badges.component';
import './org.css';

/** `/org/teams/:id`: a team's place in the tree, its people, the units inside it and what it owns. */
export function TeamPage() {
  const id = Number(useParams().id);
  const team = useApi(`team:${id}`, (signal) =>
    unwrap(api.GET('/api/v1/org/teams/{id}', { params: { path: { id } }, signal })),
  );

  if (team.error) {
    return (
      <div className="page">
        <PageHeader title="Team" />
        <ProblemView error={team.error} onRetry={team.reload} />
        <p>
          <Link to="/org/teams">Back to the teams</Link>
        </p>
      </div>
    );
  }
  const t = team.data;
  if (!t) return <p className="loading">Loading…</p>;
  const leads = t.people.filter((p) => p.lead);
  const others = t.people.filter((p) => !p.lead);
  const people = [...leads, ...others];

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/org/teams">Teams</Link>
        {t.path.map((p) => (
          <span key={p.id}>
            {' '}
            <span aria-hidden="true">›</span> <Link to={`/org/teams/${p.id}`}>{p.name}</Link>
          </span>
        ))}{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{t.name}</span>
      </nav>
      <PageHeader
        title={t.name}
        description={
          <>
            <Tag>{kindWord(t.kind)}</Tag>
            {t.leads ? <> Led by {t.leads}.</> : null} {t.description ?? null}
          </>
        }
        actions={
          <>
            <Link className="button button--small" to={`/org/chart?team=${t.id}`}>
              Show in the org chart
            </Link>
            <Link className="button button--small" to={`/org/people?team=${t.id}`}>
              Open in the directory
            </Link>
            <Link className="button button--small" to={`/delivery?team=${t.id}`}>
              Delivery metrics
            </Link>
          </>
        }
      />
      <dl className="fact-row">
        <div>
          <dt>Members</dt>
          <dd>
            <a href="#team-people">{t.members}</a>
          </dd>
        </div>
        {t.children.length ? (
          <div>
            <dt>Units inside</dt>
            <dd>
              <a href="#team-children">{t.children.length}</a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Services owned</dt>
          <dd>{t.owns ? <Link to={`/org/services?team=${t.id}`}>{t.owns}</Link> : 0}</dd>
        </div>
      </dl>
      <div className="team-layout">
        <section className="panel" aria-labelledby="team-people">
          <h2 id="team-people">People ({people.length})</h2>
          {people.length === 0 ? (
            <p className="muted">
              Nobody is placed directly in this {kindWord(t.kind).toLowerCase()}. People join a team through
              the team column of the HR export or the members of a Backstage Group.
              {t.children.length ? ' The units inside it have their own people.' : ''}
            </p>
          ) : (
            <table className="simple-table">
              <caption className="visually-hidden">People in {t.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Title</th>
                  <th scope="col">
                    <span className="visually-hidden">Lead or member</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/org/people/${p.id}`}>{p.name}</Link>
                    </th>
                    <td>{p.title ?? p.role}</td>
                    <td>
                      <span className="row">
                        {p.lead ? <Tag tone="accent">Lead</Tag> : null}
                        {p.primary ? null : <Tag>Also a member</Tag>}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="stack">
          <section className="panel" aria-labelledby="team-services">
            <h2 id="team-services">Services owned ({t.entities.length})</h2>
            {t.entities.length === 0 ? (
              <p className="muted">
                This team owns nothing in the catalog yet. Set <code>spec.owner</code> to this group in a{' '}
                <code>catalog-info.yaml</code> and import the catalog (
                <code>quarterdeck import backstage &lt;folder&gt;</code> or the Import page).
              </p>
            ) : (
              <table className="simple-table">
                <caption className="visually-hidden">Catalog entities owned by {t.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Lifecycle</th>
                  </tr>
                </thead>
                <tbody>
                  {t.entities.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link to={`/org/services/${e.id}`}>{e.title ?? e.name}</Link>
                      </th>
                      <td>{kindWord(e.kind)}</td>
                      <td>
                        <LifecycleBadge lifecycle={e.lifecycle} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {t.children.length > 0 ? (
            <section className="panel" aria-labelledby="team-children">
              <h2 id="team-children">Inside {t.name}</h2>
              <ul className="plain-list">
                {t.children.map((c) => (
                  <li key={c.id}>
                    <Link to={`/org/teams/${c.id}`}>{c.name}</Link>{' '}
                    <span className="muted">· {kindWord(c.kind)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
