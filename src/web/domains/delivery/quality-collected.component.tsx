import { useCallback, useMemo } from 'react';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { formatDate, formatDateTime, formatRelative } from '../../ui/format/format';
import { type Status, StatusBadge } from '../../ui/status/status-badge.component';
import { localPage, plural } from './delivery-data';
import type { Quality, QualityRepository } from './quality-data';

/** A moment as "3 days ago", the exact time in its title; "never" when there is none. */
export function Ago({ at, never = 'never' }: { at: string | null; never?: string }) {
  if (!at) return <span className="muted">{never}</span>;
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelative(at)}
    </time>
  );
}

/** "latest 3 days ago" under a count: how fresh that kind of data is. */
function Latest({ at }: { at: string | null }) {
  if (!at) return null;
  return (
    <span className="quality-subnote">
      latest <Ago at={at} />
    </span>
  );
}

/** When a kind of data last arrived, as a column of its own (hidden at first; sortable for freshness). */
function lastColumn(id: 'lastCommit' | 'lastPullRequest' | 'lastDeployment', header: string) {
  return {
    id,
    header,
    sortable: true,
    hidden: true,
    nowrap: true,
    cell: (r: QualityRepository) => <Ago at={r[id]} />,
    csv: (r: QualityRepository) => r[id],
  } satisfies Column<QualityRepository>;
}

/**
 * The columns: each count with how fresh its data is beneath it; the git-sync one shows by default only
 * when some repository is read from a clone.
 */
function repoColumns(clones: boolean): Column<QualityRepository>[] {
  return [
    {
      id: 'name',
      header: 'Repository',
      rowHeader: true,
      sortable: true,
      cell: (r) => r.name,
      csv: (r) => r.name,
    },
    {
      id: 'commits',
      header: 'Commits',
      sortable: true,
      align: 'end',
      cell: (r) => (
        <>
          {r.commits.toLocaleString()}
          <Latest at={r.lastCommit} />
          {r.commitsWithoutStats ? (
            <span className="quality-subnote">
              {r.commitsWithoutStats.toLocaleString()} without line counts
            </span>
          ) : null}
        </>
      ),
      csv: (r) => r.commits,
    },
    {
      id: 'pullRequests',
      header: 'Pull requests',
      sortable: true,
      align: 'end',
      cell: (r) => (
        <>
          {r.pullRequests.toLocaleString()}
          <Latest at={r.lastPullRequest} />
        </>
      ),
      csv: (r) => r.pullRequests,
    },
    {
      id: 'deployments',
      header: 'Deployments',
      sortable: true,
      align: 'end',
      cell: (r) =>
        r.deployments === 0 && r.commits > 0 ? (
          <StatusBadge status="watch" label="None" />
        ) : (
          <>
            {r.deployments.toLocaleString()}
            <Latest at={r.lastDeployment} />
          </>
        ),
      csv: (r) => r.deployments,
    },
    {
      id: 'lastSyncedAt',
      header: 'Git sync',
      sortable: true,
      hidden: !clones,
      nowrap: true,
      cell: (r) =>
        r.gitPath ? (
          <span title={r.gitPath}>
            <Ago at={r.lastSyncedAt} never="not yet" />
          </span>
        ) : (
          <span className="muted">no clone</span>
        ),
      csv: (r) => r.lastSyncedAt,
    },
    {
      id: 'commitsWithoutStats',
      header: 'Without line counts',
      hidden: true,
      align: 'end',
      cell: (r) => r.commitsWithoutStats.toLocaleString(),
      csv: (r) => r.commitsWithoutStats,
    },
    {
      id: 'firstCommit',
      header: 'First commit',
      sortable: true,
      hidden: true,
      nowrap: true,
      cell: (r) => formatDate(r.firstCommit),
      csv: (r) => r.firstCommit,
    },
    lastColumn('lastCommit', 'Last commit'),
    lastColumn('lastPullRequest', 'Last pull request'),
    lastColumn('lastDeployment', 'Last deployment'),
    {
      id: 'gitPath',
      header: 'Git path',
      hidden: true,
      cell: (r) => (r.gitPath ? <code>{r.gitPath}</code> : '—'),
      csv: (r) => r.gitPath,
    },
  ];
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : null);
const REPO_SORTS: Record<string, (r: QualityRepository) => string | number | null> = {
  name: (r) => r.name,
  commits: (r) => r.commits,
  firstCommit: (r) => time(r.firstCommit),
  lastCommit: (r) => time(r.lastCommit),
  pullRequests: (r) => r.pullRequests,
  lastPullRequest: (r) => time(r.lastPullRequest),
  deployments: (r) => r.deployments,
  lastDeployment: (r) => time(r.lastDeployment),
  lastSyncedAt: (r) => time(r.lastSyncedAt),
};
const REPO_FILTERS: Filter[] = [{ id: 'q', label: 'Repository', type: 'search', placeholder: 'owner/name' }];

const OUTCOME: Record<string, { status: Status; word: string }> = {
  applied: { status: 'good', word: 'Applied' },
  ignored: { status: 'no-data', word: 'Ignored' },
  rejected: { status: 'watch', word: 'Rejected' },
};

/** "What was collected": per repository (freshness), per source, and the webhook deliveries by outcome. */
export function QualityCollected({ data }: { data: Quality }) {
  const fetchPage: FetchPage<QualityRepository> = useCallback(
    async (q) => {
      const needle = q.filters.q?.trim().toLowerCase();
      const rows = needle
        ? data.repositories.filter((r) => r.name.toLowerCase().includes(needle))
        : data.repositories;
      return localPage(rows, q, REPO_SORTS, 'name');
    },
    [data],
  );
  const clones = data.repositories.some((r) => r.gitPath !== null);
  const columns = useMemo(() => repoColumns(clones), [clones]);
  const rejected = data.webhooks.filter((w) => w.outcome === 'rejected').reduce((s, w) => s + w.count, 0);
  return (
    <section className="panel quality-section" aria-labelledby="quality-collected">
      <h2 id="quality-collected">What was collected</h2>
      <h3 id="quality-repos">Per repository ({data.repositories.length.toLocaleString()})</h3>
      <p className="muted">
        Everything stored, whatever its age; the times say how fresh each kind of data is. A repository with
        commits but no deployments is marked.
      </p>
      <DataTable
        id="delivery-quality-repositories"
        label="Repositories"
        columns={columns}
        rowKey={(r) => r.id}
        fetchPage={fetchPage}
        filters={REPO_FILTERS}
        defaultSort="name"
        pageSize={25}
        pageSizes={[25, 50, 100]}
        maxPageSize={500}
        dependsOn={`${data.days}:${data.repositories.length}`}
        empty={<p className="muted">No repository yet: import git history, pull requests or deployments.</p>}
      />
      <h3 id="quality-sources">Per source</h3>
      {data.sources.length === 0 ? (
        <p className="muted">No deployments, incidents or workflow runs have been received yet.</p>
      ) : (
        <table className="simple-table quality-table" aria-labelledby="quality-sources">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">What</th>
              <th scope="col" className="num">
                Received
              </th>
              <th scope="col">Latest</th>
            </tr>
          </thead>
          <tbody>
            {data.sources.map((s) => (
              <tr key={`${s.kind}:${s.source}`}>
                <th scope="row">{s.source}</th>
                <td>{s.kind}</td>
                <td className="num">{s.count.toLocaleString()}</td>
                <td>
                  <Ago at={s.last} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="quality-webhooks">Webhook deliveries, last {data.days} days</h3>
      {rejected > 0 ? (
        <p className="callout callout--watch" role="note">
          <strong>{plural(rejected, 'webhook delivery', 'webhook deliveries')} rejected.</strong> GitHub
          deliveries are rejected when their signature does not match{' '}
          <code>QUARTERDECK_GITHUB_WEBHOOK_SECRET</code>: set the same secret on the webhook and on the
          server. Their events are missing from the figures until GitHub redelivers them.
        </p>
      ) : null}
      {data.webhooks.length === 0 ? (
        <p className="muted">No webhook delivery in the last {data.days} days.</p>
      ) : (
        <table className="simple-table quality-table" aria-labelledby="quality-webhooks">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Outcome</th>
              <th scope="col" className="num">
                Deliveries
              </th>
              <th scope="col">Latest</th>
            </tr>
          </thead>
          <tbody>
            {data.webhooks.map((w) => {
              const o = OUTCOME[w.outcome] ?? { status: 'no-data' as const, word: w.outcome };
              return (
                <tr key={`${w.source}:${w.outcome}`}>
                  <th scope="row">{w.source}</th>
                  <td>
                    <StatusBadge status={o.status} label={o.word} />
                  </td>
                  <td className="num">{w.count.toLocaleString()}</td>
                  <td>
                    <Ago at={w.last} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
