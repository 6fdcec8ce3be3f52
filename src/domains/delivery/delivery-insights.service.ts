/**
 * Investment allocation (what the delivered work went to), the AI-assisted split of the DORA and flow
 * metrics, and the data-quality panel (what was collected, when, and what is missing). Definitions in
 * docs/metrics.md (#investment-allocation, #ai-assisted-work, #delivery-data-quality).
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import { record } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { displayNames, identityPeople } from '../org/org-lookup.service.js';
import { doraFor, type MetricRequest, pullRequestsFor, resolveScope } from './delivery-metrics.service.js';
import * as quality from './delivery-quality.repo.js';
import * as settings from './delivery-settings.repo.js';
import { pullRequestFlow } from './metrics/flow.js';
import {
  allocateInvestment,
  DEFAULT_INVESTMENT_RULES,
  type InvestmentCategory,
  type InvestmentRule,
} from './metrics/investment.js';
import { summarize } from './metrics/percentiles.js';

export async function currentRules(db: Db): Promise<{ rules: InvestmentRule[]; isDefault: boolean }> {
  if (await settings.hasInvestmentRules(db))
    return { rules: await settings.investmentRules(db), isDefault: false };
  return { rules: [...DEFAULT_INVESTMENT_RULES], isDefault: true };
}

/** Replaces the investment rules (an empty list goes back to the defaults); audited. */
export async function saveRules(db: Db, actor: AuditActor, rules: InvestmentRule[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await settings.replaceInvestmentRules(trx, rules);
    await record(trx, actor, {
      action: 'delivery.investment-rules.replace',
      targetType: 'investment_rules',
      details: { rules: rules.length },
    });
  });
}

export async function investment(
  db: Db,
  principal: Principal,
  req: MetricRequest & {
    weight: 'items' | 'lines';
    category?: InvestmentCategory | undefined;
    limit: number;
    offset: number;
  },
) {
  const scope = await resolveScope(db, principal, req.scope);
  const f = { ...scope.flow, from: new Date(req.range.from), to: new Date(req.range.to) };
  const [prs, direct, { rules, isDefault }] = await Promise.all([
    settings.mergedPullRequests(db, f),
    settings.commitsOutsidePullRequests(db, f),
    currentRules(db),
  ]);
  const items = [
    ...prs.map((p) => ({ kind: 'pull-request' as const, row: p })),
    ...direct.map((c) => ({ kind: 'commit' as const, row: c })),
  ];
  const alloc = allocateInvestment(
    items.map((x, i) => ({
      id: i,
      title: x.row.title,
      labels: x.row.labels,
      issueLabels: x.row.issue_labels,
      commitSubjects: x.row.subjects,
      weight: req.weight === 'lines' ? (x.row.lines ?? 0) : 1,
    })),
    rules,
  );
  const classified = alloc.items.map((c) => ({ ...items[c.id]!, category: c.category, rule: c.rule }));
  const shown = classified.filter((c) => !req.category || c.category === req.category);
  return {
    weight: req.weight,
    rulesAreDefault: isDefault,
    pullRequests: prs.length,
    directCommits: direct.length,
    categories: alloc.categories.map((c) => ({
      category: c.category,
      count: c.count,
      weight: c.weight,
      share: c.share,
    })),
    total: shown.length,
    items: shown.slice(req.offset, req.offset + req.limit).map((c) => ({
      kind: c.kind,
      id: c.row.id,
      title: c.row.title,
      labels: c.row.labels,
      category: c.category,
      rule: c.rule ? `${c.rule.kind} ${c.rule.pattern}` : null,
    })),
  };
}

const figure = (values: number[]) => {
  const s = summarize(values);
  return { count: s.count, medianMs: s.median };
};

/** The DORA and flow figures for AI-assisted changes and pull requests beside the others. */
export async function aiSplit(db: Db, principal: Principal, req: MetricRequest) {
  const dora = await doraFor(db, principal, req);
  const changes = dora.leadTime.changes;
  const ai = await settings.aiCommits(
    db,
    changes.map((c) => c.commitId),
  );
  const deploymentsWithAi = new Set(changes.filter((c) => ai.has(c.commitId)).map((c) => c.deploymentId));
  const failed = new Set(dora.changeFailureRate.failedDeploymentIds);
  const deps = dora.changeFailureRate.deploymentIds;
  const cfr = (ids: number[]) => ({
    total: ids.length,
    failed: ids.filter((id) => failed.has(id)).length,
    rate: ids.length ? ids.filter((id) => failed.has(id)).length / ids.length : null,
  });
  const prs = await pullRequestsFor(db, principal, req);
  const flowOf = (rows: typeof prs) => {
    const f = pullRequestFlow(rows, req.range);
    return {
      merged: f.cycles.length,
      cycleMedianMs: f.cycleTime.median,
      reviewMedianMs: f.review.median,
      sizeMedian: f.size.median,
      reviewCoverage: f.reviewCoverage.rate,
    };
  };
  const aiPrs = prs.filter((p) => p.aiAssisted);
  const otherPrs = prs.filter((p) => !p.aiAssisted);
  return {
    changes: {
      total: changes.length,
      aiAssisted: ai.size,
      share: changes.length ? ai.size / changes.length : null,
    },
    leadTime: {
      ai: figure(changes.filter((c) => ai.has(c.commitId)).map((c) => c.leadTimeMs)),
      other: figure(changes.filter((c) => !ai.has(c.commitId)).map((c) => c.leadTimeMs)),
    },
    changeFailureRate: {
      ai: cfr(deps.filter((id) => deploymentsWithAi.has(id))),
      other: cfr(deps.filter((id) => !deploymentsWithAi.has(id))),
    },
    pullRequests: {
      total: prs.length,
      aiAssisted: aiPrs.length,
      ai: flowOf(aiPrs),
      other: flowOf(otherPrs),
    },
  };
}

const DAY = 86_400_000;

/** What was collected, when, and what is missing, so nobody reads a gap as a good number. */
export async function dataQuality(db: Db, days: number) {
  const now = Date.now();
  const since = new Date(now - days * DAY);
  const [repos, sources, hooks, g, authors, people] = await Promise.all([
    quality.repositoryCollection(db),
    quality.sourceCollection(db),
    quality.webhookOutcomes(db, since),
    quality.gaps(db, since, new Date(now - 7 * DAY)),
    quality.commitAuthors(db, since),
    identityPeople(db),
  ]);
  const names = await displayNames(db, { repositoryIds: repos.map((r) => r.repository_id) });
  let unmatchedCommits = 0;
  const unmatchedIdentities = new Set<number>();
  for (const a of authors) {
    if (a.author_identity_id === null || !people.has(a.author_identity_id)) {
      unmatchedCommits += a.commits;
      if (a.author_identity_id !== null) unmatchedIdentities.add(a.author_identity_id);
    }
  }
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    days,
    repositories: repos.map((r) => ({
      id: r.repository_id,
      name: names.repositories.get(r.repository_id) ?? `#${r.repository_id}`,
      commits: r.commits,
      commitsWithoutStats: r.commits_without_stats,
      firstCommit: iso(r.first_commit),
      lastCommit: iso(r.last_commit),
      pullRequests: r.pull_requests,
      lastPullRequest: iso(r.last_pull_request),
      deployments: r.deployments,
      lastDeployment: iso(r.last_deployment),
      gitPath: r.git_path,
      lastSyncedAt: iso(r.last_synced_at),
    })),
    sources: sources.map((s) => ({ kind: s.kind, source: s.source, count: s.count, last: iso(s.last) })),
    webhooks: hooks.map((h) => ({ source: h.source, outcome: h.outcome, count: h.count, last: iso(h.last) })),
    gaps: {
      productionDeploymentsWithoutCommit: g.production_deployments_without_commit!,
      deploymentsWithUnknownCommit: g.deployments_with_unknown_commit!,
      deploymentsWithoutService: g.deployments_without_service!,
      deploymentsWithoutRepository: g.deployments_without_repository!,
      mergedPullRequestsNotDeployed: g.merged_pull_requests_not_deployed!,
      pullRequestsWithoutCommits: g.pull_requests_without_commits!,
      incidentsWithoutService: g.incidents_without_service!,
      incidentsUnresolved: g.incidents_unresolved!,
      commits: g.commits!,
      commitsWithoutPerson: unmatchedCommits,
      authorIdentitiesWithoutPerson: unmatchedIdentities.size,
      repositoriesWithoutDeployments: repos.filter((r) => r.commits > 0 && r.deployments === 0).length,
    },
  };
}
