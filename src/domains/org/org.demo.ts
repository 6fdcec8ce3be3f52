import { createUser } from '../../platform/auth/auth.service.js';
import type { Grant, Role } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { DEMO_PASSWORD } from '../../platform/demo.js';
import type { DemoStep } from '../../platform/modules.js';
import * as repo from './org.repo.js';

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

/** A small, fast, seeded generator: the same seed gives the same organization. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Writes the organization and the demo sign-in accounts. */
export async function seedOrg(
  db: Db,
  org: DemoOrg,
  onProgress: (done: number, total: number | null, message?: string) => void,
): Promise<DemoAccount[]> {
  const teamIds = new Map<string, number>();
  for (const t of org.teams) {
    const [row] = await repo.insertTeams(db, [
      {
        slug: t.slug,
        name: t.name,
        kind: t.kind,
        parent_id: t.parentSlug ? teamIds.get(t.parentSlug)! : null,
      },
    ]);
    teamIds.set(row!.slug, row!.id);
  }
  // Managers come before their reports in `people`, so inserting in order resolves every manager id.
  const ids = new Map<number, number>();
  const BATCH = 500;
  for (let i = 0; i < org.people.length; i += BATCH) {
    const batch = org.people.slice(i, i + BATCH);
    // Within a batch a manager may precede a report: insert rows whose manager is known first.
    let pending = batch;
    while (pending.length) {
      const ready = pending.filter((p) => p.managerKey === null || ids.has(p.managerKey));
      const rows = await repo.insertPeople(
        db,
        ready.map((p) => ({ ...p.row, manager_id: p.managerKey === null ? null : ids.get(p.managerKey)! })),
      );
      for (const [k, r] of rows.entries()) ids.set(ready[k]!.key, r.id);
      pending = pending.filter((p) => !ids.has(p.key));
    }
    await repo.insertMemberships(
      db,
      batch.map((p) => ({
        team_id: teamIds.get(p.teamSlug)!,
        person_id: ids.get(p.key)!,
        is_primary: true,
        is_lead: p.isLead,
      })),
    );
    onProgress(Math.min(i + BATCH, org.people.length), org.people.length, 'people');
  }

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
        personId: a.personKey === null ? null : ids.get(a.personKey)!,
      },
    );
  }
  return accounts.map(({ email, role, grants, who }) => ({ email, role, grants, who }));
}

export const orgDemoStep: DemoStep = {
  name: 'org',
  async run({ db, size, seed, onProgress }) {
    const org = generateOrg(size.people, seed);
    const logins = await seedOrg(db, org, onProgress);
    return { counts: { people: org.people.length, teams: org.teams.length }, logins };
  },
};
