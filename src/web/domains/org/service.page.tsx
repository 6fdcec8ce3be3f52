import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Output } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { useTeams } from '../../scope/use-teams.hook';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { kindWord, LifecycleBadge, OwnerCell, Tag, TierBadge } from './org-badges.component';
import './org.css';

type EntityDetail = Output<'/api/v1/org/entities/{id}'>;
type Relation = EntityDetail['relations'][number];

/** The relation groups, in reading order: what it needs, who needs it, the APIs it offers and uses. */
const GROUPS: { type: string; direction: 'in' | 'out'; title: string }[] = [
  { type: 'dependsOn', direction: 'out', title: 'Depends on' },
  { type: 'dependsOn', direction: 'in', title: 'Depended on by' },
  { type: 'providesApi', direction: 'out', title: 'Provides APIs' },
  { type: 'providesApi', direction: 'in', title: 'Provided by' },
  { type: 'consumesApi', direction: 'out', title: 'Consumes APIs' },
  { type: 'consumesApi', direction: 'in', title: 'Consumed by' },
];

function groupRelations(relations: Relation[]) {
  const known = GROUPS.map((g) => ({
    ...g,
    items: relations.filter((r) => r.type === g.type && r.direction === g.direction),
  }));
  const other = relations.filter(
    (r) => !GROUPS.some((g) => g.type === r.type && g.direction === r.direction),
  );
  return [
    ...known,
    ...other.map((r) => ({
      type: r.type,
      direction: r.direction,
      title: `${r.type} (${r.direction === 'out' ? 'from here' : 'to here'})`,
      items: [r],
    })),
  ].filter((g) => g.items.length > 0);
}

function Relations({ entity }: { entity: EntityDetail }) {
  const groups = groupRelations(entity.relations);
  if (groups.length === 0)
    return (
      <p className="muted">
        No relations recorded. List them in the entity’s <code>catalog-info.yaml</code> (
        <code>spec.dependsOn</code>, <code>spec.providesApis</code>, <code>spec.consumesApis</code>) and
        import the catalog again.
      </p>
    );
  return (
    <div className="relation-groups">
      {groups.map((g) => (
        <section key={`${g.type}-${g.direction}`} aria-label={g.title}>
          <h3>
            {g.title} <span className="muted">({g.items.length})</span>
          </h3>
          <ul className="plain-list">
            {g.items.map((r) => (
              <li key={`${r.id}-${r.type}-${r.direction}`}>
                <Link to={`/org/services/${r.id}`}>{r.name}</Link>{' '}
                <span className="muted">· {kindWord(r.kind)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A CODEOWNERS owner; `@org/team-slug` links to the team of that slug when there is one. */
function CodeOwner({ owner, teams }: { owner: string; teams: Map<string, number> }) {
  const slug = /^@[^/\s]+\/(.+)$/.exec(owner)?.[1]?.toLowerCase();
  const teamId = slug ? teams.get(slug) : undefined;
  const chip = <code className="owner-chip">{owner}</code>;
  return teamId ? (
    <Link to={`/org/teams/${teamId}`} title="The team of this slug">
      {chip}
    </Link>
  ) : (
    chip
  );
}

function Repositories({ entity }: { entity: EntityDetail }) {
  const { teams: list } = useTeams();
  const teams = useMemo(() => new Map((list ?? []).map((t) => [t.slug.toLowerCase(), t.id])), [list]);
  if (entity.repositories.length === 0)
    return (
      <p className="muted">
        No repository linked. Add the <code>github.com/project-slug</code> annotation to the entity’s{' '}
        <code>catalog-info.yaml</code>; CODEOWNERS rules come with <code>quarterdeck import codeowners</code>.
      </p>
    );
  return (
    <div className="stack">
      {entity.repositories.map((repo) => (
        <section key={repo.id} aria-label={`Repository ${repo.name}`} className="repo-block">
          <h3>
            {repo.url ? (
              <a href={repo.url} rel="noreferrer noopener" target="_blank">
                {repo.name}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              repo.name
            )}
          </h3>
          {repo.codeowners.length === 0 ? (
            <p className="muted">
              No CODEOWNERS rules imported for this repository. Run{' '}
              <code>quarterdeck import codeowners &lt;clone&gt;</code> to bring them in.
            </p>
          ) : (
            <table className="simple-table">
              <caption>CODEOWNERS rules ({repo.codeowners.length}) — the last matching rule wins</caption>
              <thead>
                <tr>
                  <th scope="col">Pattern</th>
                  <th scope="col">Owners</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {repo.codeowners.map((rule) => (
                  <tr key={`${rule.file}:${rule.line}`}>
                    <th scope="row">
                      <code>{rule.pattern}</code>
                    </th>
                    <td>
                      {rule.owners.length ? (
                        <span className="row">
                          {rule.owners.map((o) => (
                            <CodeOwner key={o} owner={o} teams={teams} />
                          ))}
                        </span>
                      ) : (
                        <span className="muted">nobody (unowned)</span>
                      )}
                    </td>
                    <td className="nowrap muted">
                      {rule.file}:{rule.line}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}

/** `/org/services/:id`: one catalog entity — owner, lifecycle, relations, repositories and CODEOWNERS. */
export function ServicePage() {
  const id = Number(useParams().id);
  const entity = useApi(`entity:${id}`, (signal) =>
    unwrap(api.GET('/api/v1/org/entities/{id}', { params: { path: { id } }, signal })),
  );
  if (entity.error) {
    return (
      <div className="page">
        <PageHeader title="Service" />
        <ProblemView error={entity.error} onRetry={entity.reload} />
        <p>
          <Link to="/org/services">Back to the services</Link>
        </p>
      </div>
    );
  }
  const e = entity.data;
  if (!e) return <p className="loading">Loading…</p>;
  const annotations = Object.entries(e.annotations);

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/org/services">Services</Link>{' '}
        {e.parent ? (
          <>
            <span aria-hidden="true">›</span> <Link to={`/org/services/${e.parent.id}`}>
              {e.parent.name}
            </Link>{' '}
          </>
        ) : null}
        <span aria-hidden="true">›</span> <span aria-current="page">{e.name}</span>
      </nav>
      <PageHeader
        title={e.title ?? e.name}
        description={
          <>
            <Tag>{kindWord(e.kind)}</Tag>
            {e.type ? <> {e.type}</> : null}
            {e.description ? <> · {e.description}</> : null}
          </>
        }
        actions={
          e.kind === 'component' ? (
            <Link className="button button--small" to={`/delivery?service=${e.id}`}>
              Delivery metrics
            </Link>
          ) : undefined
        }
      />
      <div className="person-layout">
        <section className="panel" aria-labelledby="entity-details">
          <h2 id="entity-details">Details</h2>
          <dl className="definition-list">
            <dt>Owner</dt>
            <dd>
              <OwnerCell entity={e} />
            </dd>
            <dt>Lifecycle</dt>
            <dd>
              <LifecycleBadge lifecycle={e.lifecycle} />
            </dd>
            <dt>Tier</dt>
            <dd>
              <TierBadge tier={e.tier} />
            </dd>
            <dt>Catalog name</dt>
            <dd>
              <code>
                {e.kind}:{e.namespace}/{e.name}
              </code>
            </dd>
            <dt>Part of</dt>
            <dd>
              {e.parent ? (
                <>
                  <Link to={`/org/services/${e.parent.id}`}>{e.parent.name}</Link>{' '}
                  <span className="muted">({kindWord(e.parent.kind)})</span>
                </>
              ) : (
                '—'
              )}
            </dd>
            <dt>Tags</dt>
            <dd>
              {e.tags.length ? (
                <span className="row">
                  {e.tags.map((t) => (
                    <Tag key={t}>{t}</Tag>
                  ))}
                </span>
              ) : (
                '—'
              )}
            </dd>
          </dl>
          {e.links.length ? (
            <>
              <h3>Links</h3>
              <ul className="plain-list">
                {e.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noreferrer noopener" target="_blank">
                      {l.title ?? l.url}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {annotations.length ? (
            <details className="annotations">
              <summary>Annotations ({annotations.length})</summary>
              <dl className="definition-list">
                {annotations.map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt>
                      <code>{k}</code>
                    </dt>
                    <dd>
                      <code>{v}</code>
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="entity-relations">
          <h2 id="entity-relations">Relations ({e.relations.length})</h2>
          <Relations entity={e} />
        </section>
      </div>
      <section className="panel" aria-labelledby="entity-repos">
        <h2 id="entity-repos">Repositories and CODEOWNERS ({e.repositories.length})</h2>
        <Repositories entity={e} />
      </section>
    </div>
  );
}
