/**
 * The delivery part of the demo organization: for every repository the org demo linked to a service,
 * and one infrastructure repository per team, a commit graph with pull requests and reviews by the
 * owning team's engineers (through their git and GitHub identities), and for every service its staging
 * and production deployments and incidents, ending at the seeding time so that the default views have
 * data. Teams differ (delivery-demo-plan.ts): the first team is elite, the second struggles.
 *
 * Rows are generated and written repository by repository in large batches with ids assigned up front
 * (delivery-bulk.repo.ts); what deployment-mapping.service.ts would derive afterwards is computed in
 * memory from the same pure functions (delivery-demo-derived.ts), which is what keeps the xl demo
 * (about 2,000,000 commits) seedable in minutes.
 */

import type { Db } from '../../platform/db/database.js';
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import {
  ensureRepositories,
  identityIds,
  peopleWithIdentities,
  servicesWithOwners,
  teamNames,
} from '../org/org-lookup.service.js';
import {
  analyzeDeliveryTables,
  releaseIds,
  reserveIds,
  restoreReferenceChecks,
  skipReferenceChecks,
} from './delivery-bulk.repo.js';
import { generateDeployments } from './delivery-demo-deploys.js';
import { type DemoAuthor, type DemoBots, generateHistory } from './delivery-demo-history.js';
import { DAY, DEMO_VOLUMES, HOUR, logNormal, PROFILES, teamProfiles } from './delivery-demo-plan.js';
import { DemoRowBuffer } from './delivery-demo-rows.js';
import { ORG_INCIDENTS } from './delivery-demo-text.js';

/** Rows per INSERT statement, and rows gathered before writing (commits + pull-request commits + changes). */
const BATCH = 10_000;
const FLUSH_AT = 60_000;

const BOTS = {
  dependabotGit: {
    kind: 'git',
    value: '49699333+dependabot[bot]@users.noreply.github.com',
    name: 'dependabot[bot]',
  },
  dependabotGithub: { kind: 'github', value: 'dependabot[bot]', name: 'dependabot[bot]' },
  webFlow: { kind: 'git', value: 'noreply@github.com', name: 'GitHub' },
  copilot: { kind: 'git', value: '175728472+copilot@users.noreply.github.com', name: 'GitHub Copilot' },
  claude: { kind: 'git', value: 'noreply@anthropic.com', name: 'Claude' },
} as const;

interface DemoRepository {
  id: number;
  name: string;
  serviceId: number | null;
  serviceName: string | null;
  teamId: number;
}

export const deliveryDemoStep: DemoStep = {
  name: 'delivery',
  async run({ db, size, seed, onProgress }) {
    return seedDelivery(db, size.name, seed, onProgress);
  },
};

/**
 * Seeds the delivery history; `now` is its end (default: the start of the current hour, so that seeding
 * twice within the hour with the same seed gives the same rows).
 */
export async function seedDelivery(
  db: Db,
  sizeName: keyof typeof DEMO_VOLUMES,
  seed: number,
  onProgress: (done: number, total: number | null, message?: string) => void,
  now = Math.floor(Date.now() / HOUR) * HOUR,
): Promise<{ counts: Record<string, number> }> {
  const rnd = seededRandom(seed + 301);
  const volume = DEMO_VOLUMES[sizeName];
  const start = now - volume.days * DAY;
  onProgress(0, null, 'people and services');

  // Who works where: committers need a git identity, reviewers a GitHub one.
  const people = await peopleWithIdentities(db, ['git', 'github']);
  const byTeam = new Map<number, DemoAuthor[]>();
  for (const p of people) {
    const git = p.identities.find((i) => i.kind === 'git');
    const github = p.identities.find((i) => i.kind === 'github');
    if (p.teamId === null || (!git && !github)) continue;
    const list = byTeam.get(p.teamId) ?? [];
    if (list.length === 0) byTeam.set(p.teamId, list);
    list.push({
      personId: p.personId,
      name: p.name,
      gitId: git?.id ?? null,
      gitEmail: git?.value ?? null,
      githubId: github?.id ?? null,
      from: p.startDate ? Date.parse(p.startDate) : Number.NEGATIVE_INFINITY,
      until: p.endDate ? Date.parse(p.endDate) + DAY - 1 : Number.POSITIVE_INFINITY,
      weight: (p.role === 'tech lead' ? 0.8 : 1) * logNormal(rnd, 1, 0.45),
    });
  }
  const teams = [...byTeam.entries()]
    .filter(([, list]) => list.some((a) => a.gitId !== null))
    .map(([id]) => id)
    .sort((a, b) => a - b);
  if (teams.length === 0) return { counts: {} };
  const profiles = teamProfiles(teams, rnd);
  const squashTeam = new Map(teams.map((t) => [t, rnd() < 0.45]));
  // The two named teams deploy through staging; the others do or not, as their profile's teams tend to.
  const stagingTeam = new Map(teams.map((t, i) => [t, i < 2 || rnd() < (profiles.get(t)?.staging ?? 0.8)]));

  const ids = await identityIds(
    db,
    Object.values(BOTS).map((b) => ({ kind: b.kind, value: b.value, name: b.name })),
  );
  const idOf = (b: (typeof BOTS)[keyof typeof BOTS]) => ids.get(`${b.kind}:${b.value.toLowerCase()}`)!;
  const bots: DemoBots = {
    dependabotGit: idOf(BOTS.dependabotGit),
    dependabotGithub: idOf(BOTS.dependabotGithub),
    webFlow: idOf(BOTS.webFlow),
    copilot: { id: idOf(BOTS.copilot), trailer: `${BOTS.copilot.name} <${BOTS.copilot.value}>` },
    claude: { id: idOf(BOTS.claude), trailer: `${BOTS.claude.name} <${BOTS.claude.value}>` },
  };

  // The repositories: the services' (owned by their team, or by a team picked for orphans) and one
  // infrastructure repository per team.
  const services = await servicesWithOwners(db);
  const slugs = await teamNames(db);
  const infra = teams.map((t) => ({ name: `acme/${slugs.get(t)!.slug}-infra`, teamId: t }));
  const refs = await ensureRepositories(
    db,
    infra.map((r) => ({ name: r.name, url: `https://github.com/${r.name}` })),
    'demo',
  );
  const repoOfService = new Map<number, { id: number; name: string }>();
  for (const r of refs.values()) if (r.entityId !== null) repoOfService.set(r.entityId, r);
  const repos: DemoRepository[] = [];
  for (const s of services) {
    const r = repoOfService.get(s.id);
    if (!r) continue;
    const teamId =
      s.ownerTeamId !== null && byTeam.has(s.ownerTeamId) && teams.includes(s.ownerTeamId)
        ? s.ownerTeamId
        : teams[Math.floor(rnd() * teams.length)]!;
    repos.push({ id: r.id, name: r.name, serviceId: s.id, serviceName: s.name, teamId });
  }
  for (const r of infra) {
    const ref = refs.get(r.name.toLowerCase())!;
    if (ref.entityId === null)
      repos.push({ id: ref.id, name: ref.name, serviceId: null, serviceName: null, teamId: r.teamId });
  }
  repos.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // How busy each repository is: its team's pace, its own weight, how long it has existed.
  const plans = repos.map((r) => {
    const profile = profiles.get(r.teamId) ?? PROFILES.medium;
    const created =
      rnd() < 0.75
        ? start - Math.floor((30 + rnd() * 400) * DAY)
        : start + Math.floor(rnd() * Math.max(0, volume.days - 45) * DAY);
    const from = Math.max(created, start);
    const weight = profile.activity * logNormal(rnd, 1, 0.45) * (r.serviceId === null ? 0.4 : 1);
    return { repo: r, profile, created, weight: weight * ((now - from) / (365 * DAY)) };
  });
  const target = volume.prsPerRepoYear * repos.length * (volume.days / 365);
  const totalWeight = plans.reduce((s, p) => s + p.weight, 0);

  // Every reference below comes from the rows just read or the ids just reserved: checking each one
  // again in the database would double the time the inserts take.
  const skipped = await skipReferenceChecks(db);
  const buffer = new DemoRowBuffer(await reserveIds(db), now, BATCH);
  let done = 0;
  for (const p of plans) {
    const team = byTeam.get(p.repo.teamId)!;
    const history = generateHistory(
      {
        name: p.repo.name,
        profile: p.profile,
        people: team,
        guests: guestsFor(byTeam, teams, p.repo.teamId, rnd),
        bots,
        created: p.created,
        from: start,
        now,
        prs: (target * p.weight) / totalWeight,
        squash: rnd() < 0.1 ? !squashTeam.get(p.repo.teamId) : squashTeam.get(p.repo.teamId)!,
        dependabot: rnd() < 0.8,
      },
      rnd,
    );
    const ops =
      p.repo.serviceId !== null
        ? generateDeployments(
            {
              repository: p.repo.name,
              service: p.repo.serviceName!,
              profile: p.profile,
              staging: stagingTeam.get(p.repo.teamId)!,
              main: history.main,
              now,
            },
            rnd,
          )
        : { deployments: [], incidents: [] };
    buffer.add({
      repositoryId: p.repo.id,
      name: p.repo.name,
      serviceId: p.repo.serviceId,
      history,
      ...ops,
    });
    if (buffer.pending >= FLUSH_AT) await buffer.flush(db);
    onProgress(++done, plans.length, 'repositories');
  }

  // Organization-wide outages, of no service.
  const outages = Math.max(1, Math.round((teams.length / 10) * (volume.days / 365)));
  for (let i = 0; i < outages; i++) {
    const startedAt = start + Math.floor(rnd() * (now - start - DAY));
    const resolvedAt = startedAt + Math.floor(logNormal(rnd, 2 * HOUR, 0.7));
    buffer.addOrgIncident({
      title: ORG_INCIDENTS[Math.floor(rnd() * ORG_INCIDENTS.length)]!,
      severity: 'sev2',
      status: 'resolved',
      startedAt,
      resolvedAt: Math.min(resolvedAt, now - 60_000),
      deploymentKey: null,
      changeRelated: null,
    });
  }
  await buffer.flush(db);
  await releaseIds(db, buffer.next);
  if (skipped) await restoreReferenceChecks(db);
  onProgress(plans.length, plans.length, 'statistics');
  await analyzeDeliveryTables(db);
  const c = buffer.counts;
  return {
    counts: {
      repositories: c.delivery_repositories,
      commits: c.commits,
      'pull requests': c.pull_requests,
      reviews: c.pull_request_reviews,
      deployments: c.deployments,
      incidents: c.incidents,
    },
  };
}

/** A few people of other teams who review now and then. */
function guestsFor(
  byTeam: Map<number, DemoAuthor[]>,
  teams: readonly number[],
  own: number,
  rnd: () => number,
): DemoAuthor[] {
  const out: DemoAuthor[] = [];
  for (let i = 0; i < 3 && teams.length > 1; i++) {
    const t = teams[Math.floor(rnd() * teams.length)]!;
    if (t === own) continue;
    const list = byTeam.get(t)!.filter((a) => a.githubId !== null);
    if (list.length) out.push(list[Math.floor(rnd() * list.length)]!);
  }
  return out;
}
