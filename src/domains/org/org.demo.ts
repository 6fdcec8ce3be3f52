import { createUser } from '../../platform/auth/auth.service.js';
import type { Grant, Role } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { DEMO_PASSWORD } from '../../platform/demo.js';
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { observeIdentities } from './identity.service.js';
import type { PersonInput, TeamInput } from './importers/org-input.js';
import type * as repo from './org.repo.js';
import { generateCatalog, generateGitIdentities } from './org-demo-catalog.js';
import { applyOrgInput } from './org-import.service.js';

export const DEMO_DOMAIN = 'acme.example';

const FIRST =
  'Ada Alan Amara Ana Arjun Ayaan Beatriz Bilal Camille Chen Chidi Dana Diego Elena Emeka Esra Farah Felix Grace Hana Hugo Ines Ivan Jamal Jana Jin Joao Kai Karin Kofi Lara Leila Liam Lucia Maya Mateo Mei Mira Nadia Naveen Nia Noah Omar Oskar Priya Rafael Rania Ravi Rosa Sami Sara Sofia Tariq Tomas Uma Vera Wei Yara Yusuf Zoe'.split(
    ' ',
  );
const LAST =
  'Abara Alvarez Andersen Bauer Becker Bianchi Chen Costa Dubois Eriksen Fischer Garcia Gomez Haddad Hansen Ito Jansen Kaur Khan Kim Kowalski Larsen Lopez Martin Meyer Moreau Mori Nakamura Nguyen Novak Okafor Olsen Park Patel Petrov Rossi Santos Schmidt Silva Singh Sato Suzuki Tanaka Torres Wagner Weber Yilmaz Zhang Ziegler'.split(
    ' ',
  );
const LOCATIONS = ['Berlin', 'Lisbon', 'London', 'Toronto', 'Bangalore', 'Austin', 'Warsaw', 'Singapore'];
const AREAS = [
  'Platform',
  'Payments',
  'Growth',
  'Mobile',
  'Data',
  'Search',
  'Identity',
  'Infrastructure',
  'Checkout',
  'Insights',
  'Messaging',
  'Developer Experience',
];
const TEAM_WORDS = [
  'Core',
  'Edge',
  'Flow',
  'Pulse',
  'Atlas',
  'Orbit',
  'Forge',
  'Beacon',
  'Harbor',
  'Summit',
  'Vector',
  'Nimbus',
];

interface DemoPerson {
  key: number;
  managerKey: number | null;
  teamSlug: string;
  isLead: boolean;
  row: Omit<repo.NewPerson, 'manager_id'>;
}

export interface DemoOrg {
  teams: { slug: string; name: string; kind: 'department' | 'group' | 'team'; parentSlug: string | null }[];
  people: DemoPerson[];
}

/** Builds the organization in memory: a CTO, a head of engineering, groups with directors, teams of about seven. */
export function generateOrg(total: number, seed: number, today = new Date()): DemoOrg {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  const teams: DemoOrg['teams'] = [
    { slug: 'engineering', name: 'Engineering', kind: 'department', parentSlug: null },
  ];

  const day = 24 * 3600_000;
  const dateBefore = (maxYears: number, minDays = 30) =>
    new Date(today.getTime() - (minDays + Math.floor(rnd() * maxYears * 365)) * day)
      .toISOString()
      .slice(0, 10);

  const person = (
    managerKey: number | null,
    teamSlug: string,
    role: string,
    title: string,
    level: string,
    isLead: boolean,
  ) => {
    let first = pick(FIRST);
    let last = pick(LAST);
    let email = `${first}.${last}@${DEMO_DOMAIN}`.toLowerCase();
    for (let n = 2; used.has(email); n++) {
      first = pick(FIRST);
      last = pick(LAST);
      email = `${first}.${last}${n > 6 ? n : ''}@${DEMO_DOMAIN}`.toLowerCase();
    }
    used.add(email);
    const isLeaver = role === 'engineer' && rnd() < 0.05;
    const startDate = dateBefore(6);
    const p: DemoPerson = {
      key: people.length,
      managerKey,
      teamSlug,
      isLead,
      row: {
        email,
        name: `${first} ${last}`,
        title,
        level,
        role,
        location: pick(LOCATIONS),
        work_mode: pick(['remote', 'office', 'hybrid', 'hybrid'] as const),
        employment_type: role === 'engineer' && rnd() < 0.08 ? 'contractor' : 'employee',
        start_date: startDate,
        end_date: isLeaver ? dateBefore(0.5, 1) : null,
        status: isLeaver ? 'leaver' : 'active',
      },
    };
    if (p.row.end_date && p.row.start_date && p.row.end_date < p.row.start_date)
      p.row.end_date = p.row.start_date;
    people.push(p);
    return p.key;
  };

  const cto = person(null, 'engineering', 'cto', 'Chief Technology Officer', 'E9', true);
  const hoe = person(cto, 'engineering', 'head of engineering', 'Head of Engineering', 'E8', false);
  const remaining = Math.max(0, total - 2);
  const teamCount = Math.max(2, Math.round(remaining / 7.5));
  const groupCount = total < 60 ? 0 : Math.ceil(teamCount / 6);
  const groupKeys: { slug: string; director: number }[] = [];
  for (let g = 0; g < groupCount; g++) {
    const area = AREAS[g % AREAS.length]!;
    const slug = `${area.toLowerCase().replaceAll(' ', '-')}${g >= AREAS.length ? `-${Math.floor(g / AREAS.length) + 1}` : ''}`;
    teams.push({
      slug,
      name: `${area}${g >= AREAS.length ? ` ${Math.floor(g / AREAS.length) + 1}` : ''}`,
      kind: 'group',
      parentSlug: 'engineering',
    });
    groupKeys.push({
      slug,
      director: person(hoe, slug, 'engineering director', `Director of Engineering, ${area}`, 'E7', true),
    });
  }
  const teamLeads: { slug: string; em: number }[] = [];
  for (let t = 0; t < teamCount && people.length < total; t++) {
    const group = groupKeys.length ? groupKeys[t % groupKeys.length]! : null;
    const area = group ? teams.find((x) => x.slug === group.slug)!.name : AREAS[t % AREAS.length]!;
    let name = `${area} ${TEAM_WORDS[t % TEAM_WORDS.length]!}`;
    for (let n = 2; teams.some((x) => x.name === name); n++)
      name = `${area} ${TEAM_WORDS[(t + n) % TEAM_WORDS.length]!} ${n}`;
    const slug = name.toLowerCase().replaceAll(' ', '-');
    teams.push({ slug, name, kind: 'team', parentSlug: group?.slug ?? 'engineering' });
    const em = person(group?.director ?? hoe, slug, 'engineering manager', 'Engineering Manager', 'M1', true);
    teamLeads.push({ slug, em });
    if (people.length < total) person(em, slug, 'tech lead', 'Staff Engineer', 'E6', false);
  }
  const levels = [
    ['E2', 'Software Engineer'],
    ['E3', 'Software Engineer'],
    ['E3', 'Software Engineer'],
    ['E4', 'Senior Software Engineer'],
    ['E4', 'Senior Software Engineer'],
    ['E5', 'Senior Software Engineer'],
  ] as const;
  for (let i = 0; people.length < total; i++) {
    const team = teamLeads[i % teamLeads.length]!;
    const [level, title] = pick(levels);
    const role = rnd() < 0.06 ? 'product manager' : 'engineer';
    person(
      team.em,
      team.slug,
      role,
      role === 'engineer' ? title : 'Product Manager',
      role === 'engineer' ? level : 'P3',
      false,
    );
  }
  return { teams, people };
}

interface DemoAccount {
  email: string;
  role: Role;
  grants: Grant[];
  who: string;
}

const DAY = 24 * 3600_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const LOWER_LEVEL: Record<string, [string, string]> = {
  E3: ['E2', 'Software Engineer'],
  E4: ['E3', 'Software Engineer'],
  E5: ['E4', 'Senior Software Engineer'],
  E6: ['E5', 'Senior Software Engineer'],
};

/** The demo org as import input: today, and as it was a year ago (fewer people, other levels and teams). */
export function demoOrgInputs(org: DemoOrg, seed: number, today = new Date()) {
  const rnd = seededRandom(seed + 7);
  const byKey = new Map(org.people.map((p) => [p.key, p]));
  const local = (email: string) => email.split('@')[0]!.replaceAll('.', '-');
  const teams: TeamInput[] = org.teams.map((t) => ({
    slug: t.slug,
    name: t.name,
    kind: t.kind,
    parent: t.parentSlug,
  }));
  const emOf = new Map(
    org.people.filter((p) => p.row.role === 'engineering manager').map((p) => [p.teamSlug, p]),
  );
  const current: PersonInput[] = org.people.map((p) => ({
    email: p.row.email,
    name: p.row.name,
    externalId: `E${10000 + p.key}`,
    catalogName: local(p.row.email),
    title: p.row.title ?? null,
    level: p.row.level ?? null,
    role: p.row.role as PersonInput['role'],
    location: p.row.location ?? null,
    workMode: p.row.work_mode ?? null,
    employmentType: p.row.employment_type ?? null,
    startDate: p.row.start_date ?? null,
    endDate: p.row.end_date ?? null,
    status: p.row.status ?? 'active',
    managerEmail: p.managerKey === null ? null : byKey.get(p.managerKey)!.row.email,
    teams: [p.teamSlug],
    primaryTeam: p.teamSlug,
    leads: p.isLead ? [p.teamSlug] : [],
    githubLogin: ['engineer', 'tech lead', 'engineering manager'].includes(p.row.role ?? '')
      ? local(p.row.email)
      : null,
  }));
  const yearAgo = isoDay(today.getTime() - 365 * DAY);
  const started = (p: PersonInput) => !p.startDate || p.startDate <= yearAgo;
  const wasThere = new Set(current.filter(started).map((p) => p.email));
  const past: PersonInput[] = [];
  const changedOn = new Map<string, string>();
  const teamSlugs = [...emOf.keys()];
  for (const p of current.filter(started)) {
    const q: PersonInput = { ...p, status: 'active', endDate: null };
    // The manager as of then: the nearest manager up the chain who was already there.
    let m = p.managerEmail ? current.find((x) => x.email === p.managerEmail) : undefined;
    while (m && !wasThere.has(m.email))
      m = m.managerEmail ? current.find((x) => x.email === m!.managerEmail) : undefined;
    q.managerEmail = m?.email ?? null;
    if (p.role === 'engineer' && p.level && LOWER_LEVEL[p.level] && rnd() < 0.2) {
      [q.level, q.title] = LOWER_LEVEL[p.level]!; // promoted since
      changedOn.set(p.email, isoDay(today.getTime() - Math.floor(30 + rnd() * 300) * DAY));
    } else if (p.role === 'engineer' && teamSlugs.length > 1 && rnd() < 0.08) {
      const other = teamSlugs[Math.floor(rnd() * teamSlugs.length)]!;
      const em = emOf.get(other);
      if (other !== p.primaryTeam && em && wasThere.has(em.row.email)) {
        q.teams = [other]; // moved team since
        q.primaryTeam = other;
        q.managerEmail = em.row.email;
        changedOn.set(p.email, isoDay(today.getTime() - Math.floor(30 + rnd() * 300) * DAY));
      }
    }
    if (q.managerEmail !== p.managerEmail && !changedOn.has(p.email)) {
      const newManager = current.find((x) => x.email === p.managerEmail);
      changedOn.set(p.email, newManager?.startDate ?? yearAgo);
    }
    past.push(q);
  }
  for (const p of current) {
    const at = p.status === 'leaver' ? p.endDate : changedOn.get(p.email);
    if (at && wasThere.has(p.email)) p.effectiveDate = at;
  }
  return { teams, past, current, yearAgo };
}

/** Writes the organization through the real import path (two snapshots, so the history is dated) and the demo accounts. */
export async function seedOrg(
  db: Db,
  org: DemoOrg,
  seed: number,
  onProgress: (done: number, total: number | null, message?: string) => void,
): Promise<{ accounts: DemoAccount[]; counts: Record<string, number> }> {
  const actor = { userId: null, label: 'demo' };
  const { teams, past, current, yearAgo } = demoOrgInputs(org, seed);
  const rnd = seededRandom(seed + 11);
  onProgress(0, 3, 'the org a year ago');
  await applyOrgInput(db, { source: 'demo', teams, people: past }, { actor, kind: 'demo', today: yearAgo });
  onProgress(1, 3, 'the org today');
  const { entities, codeowners } = generateCatalog(teams, current, rnd);
  await applyOrgInput(
    db,
    { source: 'demo', teams, people: current, entities, codeowners },
    { actor, kind: 'demo' },
  );
  onProgress(2, 3, 'git identities');
  const identities = await observeIdentities(db, generateGitIdentities(current, rnd));
  onProgress(3, 3);
  const ids = new Map(
    (await db.selectFrom('people').select(['id', 'email']).execute()).map((p) => [p.email, p.id]),
  );
  const counts = {
    people: current.length,
    teams: teams.length,
    services: entities.filter((e) => e.kind === 'component').length,
    'catalog entities': entities.length,
    'git identities': identities.recorded,
  };

  const byRole = (role: string) => org.people.find((p) => p.row.role === role && p.row.status === 'active')!;
  const em = byRole('engineering manager');
  const engineer =
    org.people.find(
      (p) => p.managerKey === em.key && p.row.role === 'engineer' && p.row.status === 'active',
    ) ?? byRole('engineer');
  const accounts: (DemoAccount & { personKey: number | null; name: string })[] = [
    {
      email: `admin@${DEMO_DOMAIN}`,
      name: 'Quarterdeck Admin',
      role: 'admin',
      grants: [],
      who: 'runs the installation',
      personKey: null,
    },
    {
      email: byRole('cto').row.email,
      name: byRole('cto').row.name,
      role: 'executive',
      grants: ['compensation', 'finance', 'security'],
      who: 'CTO',
      personKey: byRole('cto').key,
    },
    {
      email: byRole('head of engineering').row.email,
      name: byRole('head of engineering').row.name,
      role: 'executive',
      grants: ['compensation', 'finance'],
      who: 'Head of Engineering',
      personKey: byRole('head of engineering').key,
    },
    {
      email: em.row.email,
      name: em.row.name,
      role: 'manager',
      grants: [],
      who: 'engineering manager',
      personKey: em.key,
    },
    {
      email: engineer.row.email,
      name: engineer.row.name,
      role: 'member',
      grants: [],
      who: 'engineer',
      personKey: engineer.key,
    },
  ];
  for (const a of accounts) {
    await createUser(
      db,
      { userId: null, label: 'demo' },
      {
        email: a.email,
        name: a.name,
        password: DEMO_PASSWORD,
        role: a.role,
        grants: a.grants,
        personId: a.personKey === null ? null : ids.get(org.people[a.personKey]!.row.email)!,
      },
    );
  }
  return { accounts: accounts.map(({ email, role, grants, who }) => ({ email, role, grants, who })), counts };
}

export const orgDemoStep: DemoStep = {
  name: 'org',
  async run({ db, size, seed, onProgress }) {
    const org = generateOrg(size.people, seed);
    const { accounts, counts } = await seedOrg(db, org, seed, onProgress);
    return { counts, logins: accounts };
  },
};
