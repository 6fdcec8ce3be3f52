import type { CodeownersInput, EntityInput, PersonInput, TeamInput } from './importers/org-input.js';

/** The demo's service catalog, CODEOWNERS and git identities, generated from its teams and people. */

const SERVICE_WORDS = [
  'api',
  'gateway',
  'worker',
  'scheduler',
  'web',
  'ledger',
  'router',
  'indexer',
  'notifier',
  'sync',
  'store',
  'auth',
];
const TYPES = ['service', 'service', 'service', 'website', 'library'] as const;
const LIFECYCLES = [
  'production',
  'production',
  'production',
  'production',
  'experimental',
  'deprecated',
] as const;
const TIERS = ['1', '2', '2', '3', '3'] as const;

export function generateCatalog(
  teams: TeamInput[],
  people: PersonInput[],
  rnd: () => number,
): { entities: EntityInput[]; codeowners: CodeownersInput[] } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const entities: EntityInput[] = [];
  const codeowners: CodeownersInput[] = [];
  const groups = teams.filter((t) => t.kind !== 'team');
  const leavers = people.filter((p) => p.status === 'leaver' && p.catalogName);
  const domainOf = new Map<string, string>();
  for (const g of groups) {
    if (g.kind === 'department') continue;
    entities.push({
      kind: 'domain',
      namespace: 'default',
      name: g.slug,
      title: g.name,
      owner: `group:default/${g.slug}`,
    });
    domainOf.set(g.slug, g.slug);
  }
  const apis: string[] = [];
  const components: string[] = [];
  for (const t of teams.filter((x) => x.kind === 'team')) {
    const system = `${t.slug}-system`;
    const domain = t.parent ? domainOf.get(t.parent) : undefined;
    entities.push({
      kind: 'system',
      namespace: 'default',
      name: system,
      title: `${t.name} system`,
      owner: `group:default/${t.slug}`,
      parent: domain ? `domain:default/${domain}` : null,
    });
    const db = `${t.slug}-db`;
    entities.push({
      kind: 'resource',
      namespace: 'default',
      name: db,
      type: 'database',
      owner: `group:default/${t.slug}`,
      parent: `system:default/${system}`,
    });
    const n = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) {
      // "flow-ledger", else "payments-flow-ledger", else with a number: names people would give.
      const words = t.slug.split('-').filter((w) => !/^\d+$/.test(w));
      const word = SERVICE_WORDS[(i * 5 + Math.floor(rnd() * 12)) % 12]!;
      let name = `${words.at(-1)}-${word}`;
      if (components.includes(name)) name = `${words.join('-')}-${word}`;
      for (let n = 2; components.includes(name); n++) name = `${words.join('-')}-${word}-${n}`;
      // A few gaps, as in every real catalog: an owner that left, or a group that no longer exists.
      const r = rnd();
      const owner =
        r < 0.03 && leavers.length
          ? `user:default/${pick(leavers).catalogName}`
          : r < 0.05
            ? 'group:default/legacy-platform'
            : `group:default/${t.slug}`;
      const provides = rnd() < 0.5 ? [`${name}-api`] : [];
      const consumes = apis.length && rnd() < 0.6 ? [`api:default/${pick(apis)}`] : [];
      const dependsOn = [`resource:default/${db}`];
      if (components.length && rnd() < 0.5) dependsOn.push(`component:default/${pick(components)}`);
      entities.push({
        kind: 'component',
        namespace: 'default',
        name,
        title: name
          .split('-')
          .map((w) => w[0]!.toUpperCase() + w.slice(1))
          .join(' '),
        description: `Part of the ${t.name} team’s ${system}.`,
        type: pick(TYPES),
        lifecycle: pick(LIFECYCLES),
        tier: pick(TIERS),
        owner,
        parent: `system:default/${system}`,
        dependsOn: [...new Set(dependsOn)],
        providesApis: provides.map((a) => `api:default/${a}`),
        consumesApis: consumes,
        tags: [pick(['typescript', 'go', 'java', 'python', 'kotlin'])],
        repository: `acme/${name}`,
        annotations: { 'github.com/project-slug': `acme/${name}` },
      });
      for (const a of provides) {
        entities.push({
          kind: 'api',
          namespace: 'default',
          name: a,
          type: pick(['openapi', 'openapi', 'grpc', 'asyncapi']),
          lifecycle: 'production',
          owner: `group:default/${t.slug}`,
          parent: `system:default/${system}`,
        });
        apis.push(a);
      }
      components.push(name);
      if (rnd() < 0.85) {
        const lead = people.find((p) => p.primaryTeam === t.slug && p.role === 'tech lead' && p.githubLogin);
        codeowners.push({
          repository: `acme/${name}`,
          file: '.github/CODEOWNERS',
          rules: [
            { line: 1, pattern: '*', owners: [`@acme/${t.slug}`] },
            ...(lead ? [{ line: 2, pattern: '/infra/', owners: [`@${lead.githubLogin}`] }] : []),
          ],
        });
      }
    }
  }
  return { entities, codeowners };
}

/** Git author identities as a year of commits would show them: work e-mails, no-reply addresses, personal ones, bots. */
export function generateGitIdentities(
  people: PersonInput[],
  rnd: () => number,
): { kind: 'git'; value: string; name: string }[] {
  const out: { kind: 'git'; value: string; name: string }[] = [];
  for (const p of people) {
    if (p.role !== 'engineer' && p.role !== 'tech lead') continue;
    const r = rnd();
    if (r < 0.7) out.push({ kind: 'git', value: p.email, name: p.name });
    else if (r < 0.85 && p.githubLogin) {
      out.push({
        kind: 'git',
        value: `${1000 + Math.floor(rnd() * 9_000_000)}+${p.githubLogin}@users.noreply.github.com`,
        name: p.name,
      });
    } else if (r < 0.93) {
      out.push({ kind: 'git', value: `${p.email.split('@')[0]}@personal.example`, name: p.name });
    }
  }
  out.push(
    { kind: 'git', value: '49699333+dependabot[bot]@users.noreply.github.com', name: 'dependabot[bot]' },
    { kind: 'git', value: 'bot@renovateapp.example', name: 'Renovate Bot' },
    { kind: 'git', value: 'ci@acme.example', name: 'ACME CI' },
  );
  return out;
}
