import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { applyDeliveryInput } from '../src/domains/delivery/delivery-import.service.js';
import type {
  ActorInput,
  CommitInput,
  DeploymentInput,
  IncidentInput,
  PullRequestInput,
} from '../src/domains/delivery/importers/delivery-input.js';
import type { Db } from '../src/platform/db/database.js';

const H = 3_600_000;
const DAY = 24 * H;

/** What the seeded history holds, for the tests to check the pages against. */
export interface DeliverySeed {
  /** The services with history: catalog name, the name pages show, repository, owning team. */
  services: { id: number; name: string; label: string; repo: string; teamId: number }[];
  deployments: number;
  pullRequests: number;
  incidents: number;
}

/** A small deterministic random source (the same history on every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const sha = (text: string) => createHash('sha1').update(text).digest('hex');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Twelve weeks of delivery history for the demo organization's services, ending now, through the
 * delivery service (as an import would): per repository a line of commits merged through reviewed pull
 * requests, production deployments every day or two (some failed, some to staging), incidents after a
 * few of them (one still open), open pull requests, and one deployment the source marks as rework.
 */
export async function seedDelivery(db: Db, now = Date.now()): Promise<DeliverySeed> {
  const services = (
    await sql<{ id: number; name: string; label: string; repo: string; team_id: number }>`
      select e.id, e.name, coalesce(e.title, e.name) as label, r.name as repo, e.owner_team_id as team_id
      from catalog_entities e join repositories r on r.entity_id = e.id
      where e.kind = 'component' and e.owner_team_id is not null order by e.name`.execute(db)
  ).rows.map((s) => ({
    id: Number(s.id),
    name: s.name,
    label: s.label,
    repo: s.repo,
    teamId: Number(s.team_id),
  }));
  const people = (
    await sql<{ email: string; name: string; team_id: number; login: string | null }>`
      select p.email, p.name, m.team_id,
             (select i.value from identities i where i.person_id = p.id and i.kind = 'github' limit 1) as login
      from people p join team_members m on m.person_id = p.id order by p.id`.execute(db)
  ).rows;
  const authorsOf = (teamId: number): ActorInput[] =>
    people
      .filter((p) => Number(p.team_id) === teamId)
      .map((p) => ({ email: p.email, name: p.name, login: p.login }));

  const rnd = random(42);
  const start = now - 84 * DAY;
  const commits: CommitInput[] = [];
  const pullRequests: PullRequestInput[] = [];
  const deployments: DeploymentInput[] = [];
  const incidents: IncidentInput[] = [];

  for (const [si, s] of services.entries()) {
    const authors = authorsOf(s.teamId);
    if (authors.length < 2) continue;
    const pace = 1 + si * 0.5; // days between merges: the services differ
    let parent: string | null = null;
    let t = start + rnd() * DAY;
    let n = 0;
    let lastDeploy = start;
    let prod = 0;
    while (t < now - 2 * H) {
      n++;
      const author = authors[n % authors.length]!;
      const reviewer = authors[(n + 1) % authors.length]!;
      const coding = (2 + rnd() * 30) * H;
      const pickup = (0.5 + rnd() * 20) * H;
      const review = (0.5 + rnd() * 10) * H;
      const merged = t;
      const reviewed = merged - review;
      const opened = reviewed - pickup;
      const authored = opened - coding;
      const c = sha(`${s.repo}:${n}`);
      commits.push({
        repository: s.repo,
        sha: c,
        parents: parent ? [parent] : [],
        author,
        authoredAt: iso(authored),
        committedAt: iso(merged),
        subject: `${['feat', 'fix', 'chore', 'refactor'][n % 4]}: change ${n} of ${s.name}`,
      });
      parent = c;
      const lines = Math.round(3 + rnd() ** 2 * 1400);
      const approved = n % 7 !== 0;
      pullRequests.push({
        repository: s.repo,
        number: 5000 + n,
        title: `Change ${n} of ${s.name}`,
        state: 'merged',
        author,
        createdAt: iso(opened),
        mergedAt: iso(merged),
        mergeCommitSha: c,
        commits: [c],
        additions: Math.round(lines * 0.7),
        deletions: lines - Math.round(lines * 0.7),
        url: `https://github.com/${s.repo}/pull/${5000 + n}`,
        reviews: [
          {
            id: `r${n}`,
            reviewer,
            state: approved ? 'approved' : 'commented',
            submittedAt: iso(reviewed),
          },
        ],
      });
      // Deploy what is merged, every day or two; now and then a failed attempt first, or staging.
      if (merged - lastDeploy > (1 + rnd()) * DAY || n === 1) {
        const at = merged + (0.5 + rnd() * 6) * H;
        if (at >= now) break;
        const id = `${s.name}-${n}`;
        if (n % 5 === 0) {
          deployments.push({
            id: `${id}-failed`,
            service: s.name,
            repository: s.repo,
            environment: 'production',
            sha: c,
            status: 'failure',
            createdAt: iso(at - H),
            finishedAt: iso(at - 0.5 * H),
          });
        }
        deployments.push({
          id: `${id}-staging`,
          service: s.name,
          repository: s.repo,
          environment: 'staging',
          sha: c,
          status: 'success',
          createdAt: iso(at - 2 * H),
          finishedAt: iso(at - 1.5 * H),
        });
        prod++;
        deployments.push({
          id,
          service: s.name,
          repository: s.repo,
          environment: n % 3 === 0 ? 'prod' : 'production',
          sha: c,
          status: 'success',
          createdAt: iso(at - 0.2 * H),
          finishedAt: iso(at),
          name: `Deploy ${s.name} #${n}`,
          url: `https://ci.example/${s.name}/deploys/${n}`,
          rework: prod === 5 ? true : null,
        });
        lastDeploy = merged;
        // An incident after every 4th to 16th deployment (the services differ): recovered in hours or days;
        // one in the last three days is still open.
        if (prod % (4 + si * 3) === 0) {
          const started = at + (1 + rnd() * 5) * H;
          if (started < now) {
            const open = started > now - 3 * DAY;
            incidents.push({
              id: `INC-${s.name}-${n}`,
              title: `${s.name}: errors after deploy ${n}`,
              service: s.name,
              severity: n % 2 ? 'SEV2' : 'SEV3',
              status: open ? 'open' : 'resolved',
              startedAt: iso(started),
              resolvedAt: open ? null : iso(started + (0.3 + rnd() * 30) * H),
              url: `https://incidents.example/INC-${s.name}-${n}`,
            });
          }
        }
      }
      t += pace * DAY * (0.5 + rnd());
    }
    // Two pull requests still open at the end: work in progress, one waiting for a first review.
    for (const k of [1, 2]) {
      pullRequests.push({
        repository: s.repo,
        number: 9000 + k,
        title: `Work in progress ${k} on ${s.name}`,
        state: 'open',
        author: authors[k % authors.length]!,
        createdAt: iso(now - k * 2 * DAY),
        additions: 40 * k,
        deletions: 5,
        reviews:
          k === 1
            ? [{ id: `w${k}`, reviewer: authors[0]!, state: 'commented', submittedAt: iso(now - DAY) }]
            : [],
      });
    }
  }

  await db
    .transaction()
    .execute((trx) =>
      applyDeliveryInput(trx, { source: 'e2e', commits, pullRequests, deployments, incidents }),
    );
  return {
    services,
    deployments: deployments.length,
    pullRequests: pullRequests.length,
    incidents: incidents.length,
  };
}
