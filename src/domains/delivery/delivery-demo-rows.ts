/**
 * The delivery demo's generated history as database rows: ids assigned from the reserved ranges,
 * derived columns (changes per deployment, pull requests' deployment, incident attribution) filled in
 * from delivery-demo-derived.ts, and the rows buffered until a batch is worth writing.
 */

import type { Db } from '../../platform/db/database.js';
import { type IdTable, insertRows } from './delivery-bulk.repo.js';
import type { GenDeployment, GenIncident } from './delivery-demo-deploys.js';
import { deriveRepository } from './delivery-demo-derived.js';
import type { RepoHistory } from './delivery-demo-history.js';

export const DEMO_SOURCE = 'demo';

const COLUMNS = {
  commits: [
    'id',
    'repository_id',
    'sha',
    'parents',
    'author_identity_id',
    'committer_identity_id',
    'authored_at',
    'committed_at',
    'subject',
    'additions',
    'deletions',
    'files_changed',
    'trailers',
    'co_author_identity_ids',
    'ai_assisted',
    'source',
  ],
  pull_requests: [
    'id',
    'repository_id',
    'number',
    'title',
    'state',
    'draft',
    'author_identity_id',
    'created_at',
    'ready_at',
    'merged_at',
    'closed_at',
    'merge_commit_sha',
    'base_ref',
    'head_ref',
    'additions',
    'deletions',
    'changed_files',
    'labels',
    'linked_issue_labels',
    'url',
    'first_commit_at',
    'deployed_at',
    'deployment_id',
    'ai_assisted',
    'source',
  ],
  pull_request_commits: ['pull_request_id', 'sha', 'position'],
  pull_request_reviews: ['pull_request_id', 'external_id', 'reviewer_identity_id', 'state', 'submitted_at'],
  deployments: [
    'id',
    'source',
    'external_id',
    'service_id',
    'repository_id',
    'environment',
    'environment_name',
    'sha',
    'ref',
    'status',
    'created_at',
    'started_at',
    'finished_at',
    'name',
    'url',
    'rework',
    'mapped_at',
    'first_of_repository',
    'sha_unknown',
  ],
  deployment_changes: ['deployment_id', 'commit_id'],
  incidents: [
    'id',
    'source',
    'external_id',
    'title',
    'service_id',
    'repository_id',
    'severity',
    'status',
    'started_at',
    'resolved_at',
    'deployment_external_id',
    'change_related',
    'url',
    'deployment_id',
    'attribution',
  ],
  delivery_repositories: ['repository_id', 'default_branch'],
} as const;

type Table = keyof typeof COLUMNS;
const ORDER: Table[] = [
  'delivery_repositories',
  'commits',
  'pull_requests',
  'pull_request_commits',
  'pull_request_reviews',
  'deployments',
  'deployment_changes',
  'incidents',
];
const WITH_IDS = new Set<Table>(['commits', 'pull_requests', 'deployments', 'incidents']);

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export interface RepoRows {
  repositoryId: number;
  name: string;
  serviceId: number | null;
  history: RepoHistory;
  deployments: GenDeployment[];
  incidents: GenIncident[];
}

/** Rows waiting to be written, with the next id of each table and running counts. */
export class DemoRowBuffer {
  private readonly rows: Record<Table, object[]> = {
    delivery_repositories: [],
    commits: [],
    pull_requests: [],
    pull_request_commits: [],
    pull_request_reviews: [],
    deployments: [],
    deployment_changes: [],
    incidents: [],
  };
  readonly counts: Record<Table, number> = {
    delivery_repositories: 0,
    commits: 0,
    pull_requests: 0,
    pull_request_commits: 0,
    pull_request_reviews: 0,
    deployments: 0,
    deployment_changes: 0,
    incidents: 0,
  };
  private incidentNumber = 1000;

  constructor(
    readonly next: Record<IdTable, number>,
    private readonly seededAt: number,
    private readonly batch: number,
  ) {}

  get pending(): number {
    return (
      this.rows.commits.length + this.rows.pull_request_commits.length + this.rows.deployment_changes.length
    );
  }

  /** Adds one repository's rows, its derived columns computed in memory. */
  add(r: RepoRows): void {
    const seededAt = iso(this.seededAt);
    const commitIds = new Map<string, number>();
    const commits = r.history.commits.map((c) => {
      const id = this.next.commits++;
      commitIds.set(c.sha, id);
      return { id, sha: c.sha, parents: c.parents, authoredAt: c.authoredAt };
    });
    const prIds = r.history.pullRequests.map(() => this.next.pull_requests++);
    const depIds = r.deployments.map(() => this.next.deployments++);
    const incIds = r.incidents.map(() => this.next.incidents++);
    const deployments = r.deployments.map((d, i) => ({
      id: depIds[i]!,
      serviceId: r.serviceId,
      sha: d.sha,
      environment: d.environment,
      status: d.status,
      createdAt: d.createdAt,
      finishedAt: d.finishedAt,
      rework: d.rework,
    }));
    const derived = deriveRepository(
      commits,
      deployments,
      r.history.pullRequests.map((p, i) => ({
        id: prIds[i]!,
        mergedAt: p.mergedAt,
        mergeSha: p.mergeSha,
        commits: p.commits,
      })),
      r.incidents.map((x, i) => ({
        id: incIds[i]!,
        serviceId: r.serviceId,
        startedAt: x.startedAt,
        resolvedAt: x.resolvedAt,
        explicitDeploymentId: x.deploymentKey === null ? null : depIds[x.deploymentKey]!,
        changeRelated: x.changeRelated,
      })),
      r.repositoryId,
    );

    this.push('delivery_repositories', { repository_id: r.repositoryId, default_branch: 'main' });
    r.history.commits.forEach((c, i) => {
      this.push('commits', {
        id: commits[i]!.id,
        repository_id: r.repositoryId,
        sha: c.sha,
        parents: c.parents,
        author_identity_id: c.authorId,
        committer_identity_id: c.committerId,
        authored_at: iso(c.authoredAt),
        committed_at: iso(c.committedAt),
        subject: c.subject,
        additions: c.additions,
        deletions: c.deletions,
        files_changed: c.files,
        trailers: c.trailers,
        co_author_identity_ids: c.coAuthorIds,
        ai_assisted: c.ai,
        source: DEMO_SOURCE,
      });
    });
    r.history.pullRequests.forEach((p, i) => {
      const id = prIds[i]!;
      const d = derived.pullRequests.get(id)!;
      this.push('pull_requests', {
        id,
        repository_id: r.repositoryId,
        number: p.number,
        title: p.title,
        state: p.state,
        draft: p.draft,
        author_identity_id: p.authorId,
        created_at: iso(p.createdAt),
        ready_at: iso(p.readyAt),
        merged_at: iso(p.mergedAt),
        closed_at: iso(p.closedAt),
        merge_commit_sha: p.mergeSha,
        base_ref: 'main',
        head_ref: p.headRef,
        additions: p.additions,
        deletions: p.deletions,
        changed_files: p.changedFiles,
        labels: p.labels,
        linked_issue_labels: p.issueLabels,
        url: `https://github.com/${r.name}/pull/${p.number}`,
        first_commit_at: iso(d.firstCommitAt),
        deployed_at: iso(d.deployedAt),
        deployment_id: d.deploymentId,
        ai_assisted: p.ai,
        source: DEMO_SOURCE,
      });
      p.commits.forEach((sha, position) => {
        this.push('pull_request_commits', { pull_request_id: id, sha, position });
      });
      for (const rv of p.reviews) {
        this.push('pull_request_reviews', {
          pull_request_id: id,
          external_id: rv.id,
          reviewer_identity_id: rv.reviewerId,
          state: rv.state,
          submitted_at: iso(rv.at),
        });
      }
    });
    r.deployments.forEach((d, i) => {
      const id = depIds[i]!;
      this.push('deployments', {
        id,
        source: DEMO_SOURCE,
        external_id: d.externalId,
        service_id: r.serviceId,
        repository_id: r.repositoryId,
        environment: d.environment,
        environment_name: d.environment,
        sha: d.sha,
        ref: d.environment === 'production' ? `refs/tags/${d.name}` : 'refs/heads/main',
        status: d.status,
        created_at: iso(d.createdAt),
        started_at: iso(d.startedAt),
        finished_at: iso(d.finishedAt),
        name: d.name,
        url: `https://github.com/${r.name}/actions/runs/${7_000_000_000 + id}`,
        rework: d.rework,
        mapped_at: derived.mapped ? seededAt : null,
        first_of_repository: derived.first.has(id),
        sha_unknown: derived.unknownSha.has(id),
      });
    });
    for (const c of derived.changes) this.push('deployment_changes', c);
    r.incidents.forEach((x, i) => {
      const id = incIds[i]!;
      const a = derived.incidents.get(id)!;
      this.pushIncident(id, x, {
        serviceId: r.serviceId,
        repositoryId: r.repositoryId,
        deploymentExternalId: x.deploymentKey === null ? null : r.deployments[x.deploymentKey]!.externalId,
        deploymentId: a.deploymentId,
        attribution: a.method,
      });
    });
  }

  /** An incident of no service (an organization-wide outage): never attributed to a deployment. */
  addOrgIncident(x: GenIncident): void {
    this.pushIncident(this.next.incidents++, x, {
      serviceId: null,
      repositoryId: null,
      deploymentExternalId: null,
      deploymentId: null,
      attribution: x.changeRelated === false ? 'not-change-related' : 'no-deployment',
    });
  }

  private pushIncident(
    id: number,
    x: GenIncident,
    at: {
      serviceId: number | null;
      repositoryId: number | null;
      deploymentExternalId: string | null;
      deploymentId: number | null;
      attribution: string;
    },
  ): void {
    const externalId = `INC-${++this.incidentNumber}`;
    this.push('incidents', {
      id,
      source: DEMO_SOURCE,
      external_id: externalId,
      title: x.title,
      service_id: at.serviceId,
      repository_id: at.repositoryId,
      severity: x.severity,
      status: x.status,
      started_at: iso(x.startedAt),
      resolved_at: iso(x.resolvedAt),
      deployment_external_id: at.deploymentExternalId,
      change_related: x.changeRelated,
      url: `https://acme.pagerduty.example/incidents/${externalId}`,
      deployment_id: at.deploymentId,
      attribution: at.attribution,
    });
  }

  private push(table: Table, row: object): void {
    this.rows[table].push(row);
    this.counts[table]++;
  }

  /** Writes every buffered row, parents before children. */
  async flush(db: Db): Promise<void> {
    for (const table of ORDER) {
      const rows = this.rows[table];
      if (rows.length === 0) continue;
      await insertRows(db, table, COLUMNS[table], rows, { batch: this.batch, withIds: WITH_IDS.has(table) });
      this.rows[table] = [];
    }
  }
}
