import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Column } from '../../ui/data-table/data-table.types';
import { formatDateTime, formatDuration } from '../../ui/format/format';
import { type Status, StatusBadge } from '../../ui/status/status-badge.component';
import { type Commit, type Deployment, type Incident, type PullRequest, shortSha } from './delivery-data';

/** A commit sha, short, with the full sha in its title (and for screen readers). */
export function Sha({ sha }: { sha: string | null }) {
  if (!sha) return <span className="muted">—</span>;
  return (
    <code className="delivery-sha" title={sha}>
      <span aria-hidden="true">{shortSha(sha)}</span>
      <span className="visually-hidden">{sha}</span>
    </code>
  );
}

/** A link to the item in its source (GitHub, the CI, the incident tracker), when the source gave one. */
function Source({ url, label, children }: { url: string | null; label: string; children: ReactNode }) {
  if (!url) return <>{children}</>;
  return (
    <a href={url} rel="noreferrer" title={label}>
      {children}
    </a>
  );
}

const DEPLOYMENT_STATUS: Record<string, Status> = {
  success: 'good',
  failure: 'bad',
  error: 'bad',
  cancelled: 'no-data',
  in_progress: 'watch',
  queued: 'watch',
};
const STATUS_WORD: Record<string, string> = { in_progress: 'In progress' };
const word = (s: string) => STATUS_WORD[s] ?? s.charAt(0).toUpperCase() + s.slice(1).replaceAll('_', ' ');

const service = (s: { id: number; name: string } | null) =>
  s ? <Link to={`/org/services/${s.id}`}>{s.name}</Link> : <span className="muted">—</span>;

const lines = (p: PullRequest) =>
  p.additions === null || p.deletions === null ? null : p.additions + p.deletions;

export const DEPLOYMENT_COLUMNS: Column<Deployment>[] = [
  {
    id: 'finishedAt',
    header: 'Finished',
    rowHeader: true,
    nowrap: true,
    cell: (d) => (
      <Source url={d.url} label={`Deployment ${d.name ?? d.externalId} in ${d.source}`}>
        {formatDateTime(d.finishedAt ?? d.createdAt)}
      </Source>
    ),
    csv: (d) => d.finishedAt ?? d.createdAt,
  },
  {
    id: 'service',
    header: 'Service',
    nowrap: true,
    cell: (d) => service(d.service),
    csv: (d) => d.service?.name,
  },
  {
    id: 'environment',
    header: 'Environment',
    cell: (d) =>
      d.environmentName.toLowerCase() === d.environment ? (
        d.environmentName
      ) : (
        <>
          {d.environmentName} <span className="muted">({d.environment})</span>
        </>
      ),
    csv: (d) => d.environmentName,
  },
  {
    id: 'status',
    header: 'Status',
    cell: (d) => <StatusBadge status={DEPLOYMENT_STATUS[d.status] ?? 'no-data'} label={word(d.status)} />,
    csv: (d) => d.status,
  },
  { id: 'sha', header: 'Commit', cell: (d) => <Sha sha={d.sha} />, csv: (d) => d.sha },
  { id: 'changes', header: 'Changes', align: 'end', cell: (d) => d.changes, csv: (d) => d.changes },
  { id: 'incidents', header: 'Incidents', align: 'end', cell: (d) => d.incidents, csv: (d) => d.incidents },
  {
    id: 'rework',
    header: 'Rework',
    cell: (d) => (d.rework === null ? '—' : d.rework ? 'Yes (source)' : 'No'),
    csv: (d) => d.rework,
  },
  {
    id: 'repository',
    header: 'Repository',
    hidden: true,
    cell: (d) => d.repository?.name ?? '—',
    csv: (d) => d.repository?.name,
  },
  { id: 'name', header: 'Name', hidden: true, cell: (d) => d.name ?? '—', csv: (d) => d.name },
  {
    id: 'source',
    header: 'Source and id',
    hidden: true,
    cell: (d) => `${d.source} ${d.externalId}`,
    csv: (d) => `${d.source}:${d.externalId}`,
  },
];

export const COMMIT_COLUMNS: Column<Commit>[] = [
  { id: 'sha', header: 'Commit', nowrap: true, cell: (c) => <Sha sha={c.sha} />, csv: (c) => c.sha },
  { id: 'subject', header: 'Subject', rowHeader: true, cell: (c) => c.subject, csv: (c) => c.subject },
  { id: 'repository', header: 'Repository', cell: (c) => c.repository, csv: (c) => c.repository },
  { id: 'author', header: 'Author', cell: (c) => c.author ?? '—', csv: (c) => c.author },
  {
    id: 'authoredAt',
    header: 'Authored',
    nowrap: true,
    cell: (c) => formatDateTime(c.authoredAt),
    csv: (c) => c.authoredAt,
  },
  {
    id: 'deployedAt',
    header: 'Deployed',
    nowrap: true,
    cell: (c) => formatDateTime(c.deployedAt),
    csv: (c) => c.deployedAt,
  },
  {
    id: 'leadTime',
    header: 'Lead time',
    align: 'end',
    nowrap: true,
    cell: (c) => formatDuration(c.leadTimeMs),
    csv: (c) => c.leadTimeMs,
  },
];

export const INCIDENT_COLUMNS: Column<Incident>[] = [
  {
    id: 'title',
    header: 'Incident',
    rowHeader: true,
    cell: (i) => (
      <Source url={i.url} label={`Incident ${i.externalId} in ${i.source}`}>
        {i.title}
      </Source>
    ),
    csv: (i) => i.title,
  },
  {
    id: 'service',
    header: 'Service',
    nowrap: true,
    cell: (i) => service(i.service),
    csv: (i) => i.service?.name,
  },
  { id: 'severity', header: 'Severity', cell: (i) => i.severity ?? '—', csv: (i) => i.severity },
  {
    id: 'status',
    header: 'Status',
    cell: (i) => <StatusBadge status={i.status === 'resolved' ? 'good' : 'watch'} label={word(i.status)} />,
    csv: (i) => i.status,
  },
  {
    id: 'startedAt',
    header: 'Started',
    nowrap: true,
    cell: (i) => formatDateTime(i.startedAt),
    csv: (i) => i.startedAt,
  },
  {
    id: 'duration',
    header: 'Open for',
    align: 'end',
    nowrap: true,
    cell: (i) =>
      i.resolvedAt ? formatDuration(Date.parse(i.resolvedAt) - Date.parse(i.startedAt)) : 'still open',
    csv: (i) => (i.resolvedAt ? Date.parse(i.resolvedAt) - Date.parse(i.startedAt) : null),
  },
  {
    id: 'deployment',
    header: 'Caused by',
    cell: (i) =>
      i.deploymentId ? (
        <span className="delivery-cause">
          <span className="nowrap">deployment #{i.deploymentId}</span>
          {i.attribution ? <span className="muted">{i.attribution.replaceAll('-', ' ')}</span> : null}
        </span>
      ) : (
        <span className="muted">{i.attribution ? i.attribution.replaceAll('-', ' ') : 'no deployment'}</span>
      ),
    csv: (i) => i.deploymentId,
  },
  {
    id: 'resolvedAt',
    header: 'Resolved',
    hidden: true,
    cell: (i) => formatDateTime(i.resolvedAt),
    csv: (i) => i.resolvedAt,
  },
];

export function pullRequestColumns(withCycle: boolean): Column<PullRequest>[] {
  return [
    {
      id: 'title',
      header: 'Pull request',
      rowHeader: true,
      cell: (p) => (
        <Source url={p.url} label={`${p.repository}#${p.number}`}>
          <span className="muted">#{p.number}</span> {p.title}
        </Source>
      ),
      csv: (p) => `${p.repository}#${p.number} ${p.title}`,
    },
    { id: 'repository', header: 'Repository', cell: (p) => p.repository, csv: (p) => p.repository },
    { id: 'author', header: 'Author', cell: (p) => p.author ?? '—', csv: (p) => p.author },
    { id: 'state', header: 'State', cell: (p) => word(p.state), csv: (p) => p.state },
    {
      id: 'createdAt',
      header: 'Opened',
      nowrap: true,
      cell: (p) => formatDateTime(p.createdAt),
      csv: (p) => p.createdAt,
    },
    {
      id: 'mergedAt',
      header: 'Merged',
      nowrap: true,
      cell: (p) => formatDateTime(p.mergedAt),
      csv: (p) => p.mergedAt,
    },
    {
      id: 'deployedAt',
      header: 'Deployed',
      nowrap: true,
      hidden: !withCycle,
      cell: (p) => formatDateTime(p.deployedAt),
      csv: (p) => p.deployedAt,
    },
    {
      id: 'size',
      header: 'Lines',
      align: 'end',
      nowrap: true,
      cell: (p) =>
        lines(p) === null ? (
          '—'
        ) : (
          <span title={`${p.additions} added, ${p.deletions} deleted`}>{lines(p)?.toLocaleString()}</span>
        ),
      csv: (p) => lines(p),
    },
    { id: 'reviews', header: 'Reviews', align: 'end', cell: (p) => p.reviews, csv: (p) => p.reviews },
    ...(withCycle
      ? [
          {
            id: 'cycle',
            header: 'Cycle time',
            align: 'end',
            nowrap: true,
            cell: (p) => formatDuration(p.cycleMs),
            csv: (p) => p.cycleMs,
          } satisfies Column<PullRequest>,
        ]
      : []),
    {
      id: 'labels',
      header: 'Labels',
      hidden: true,
      cell: (p) => (p.labels.length ? p.labels.join(', ') : '—'),
      csv: (p) => p.labels.join(' '),
    },
    {
      id: 'ai',
      header: 'AI-assisted',
      hidden: true,
      cell: (p) => (p.aiAssisted ? 'Yes' : 'No'),
      csv: (p) => p.aiAssisted,
    },
  ];
}
