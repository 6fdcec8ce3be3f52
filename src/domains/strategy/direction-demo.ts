/**
 * The direction part of the demo organization: the technical vision of the current half-year (two
 * versions, so its history shows), organization goals and team goals with key results — several bound
 * to the delivery figures of real demo teams — and initiatives linked to the demo's pull requests
 * (initiative-demo.ts). Deterministic from the seed and the seeding hour, at every size.
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { allTeams, peopleWithIdentities } from '../org/org-lookup.service.js';
import * as goals from './goal.repo.js';
import { seedInitiatives } from './initiative-demo.js';
import {
  KEY_RESULT_METRICS,
  type KeyResultMetric,
  metricKey,
  readMetrics,
} from './key-result-metrics.service.js';
import { halfOf } from './metrics/vision-review.js';
import { saveVision } from './vision.repo.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Who the demo's figures are read as: the whole organization. */
export const DEMO_READER: Principal = {
  userId: 0,
  email: 'demo@quarterdeck.invalid',
  name: 'demo',
  role: 'executive',
  grants: [],
  personId: null,
  via: 'session',
  scopes: ['read'],
};

const VISION_V1 = `## Where we are going

Ship small changes safely, many times a day, on a platform every team can use without asking.

## Principles

- **Paved road first.** New services start from the service template and the shared pipeline.
- **Own what you run.** The team that writes a service carries its pager and its budget.
- **Measure delivery, not activity.** Lead time, deployment frequency, change failure rate and recovery time are reviewed monthly.
`;

const VISION_V2 = `${VISION_V1}
## Bets for this half

1. **Continuous delivery for every service**: one pipeline, deploy on merge, feature flags for risky changes.
2. **Reliability as a feature**: SLOs for every customer-facing service; postmortems within five working days.
3. **Retire the legacy monolith's checkout path** before peak season.

## What we stop doing

- Release trains: a change waits for nobody.
- Hand-written deployment runbooks for services on the paved road.
`;

const OBJECTIVES = [
  'Double the pace of product experiments',
  'Keep customer-facing availability at 99.9%',
  'Grow gross margin by lowering cost per customer',
];

interface DemoKr {
  title: string;
  metric?: KeyResultMetric;
  unit?: string;
  direction: 'increase' | 'decrease';
  /** For bound key results: start and target as factors of today's live value. */
  factors?: [number, number];
  manual?: { start: number; target: number; steps: number[] };
}

const ORG_GOALS: { title: string; description: string; krs: DemoKr[] }[] = [
  {
    title: 'Ship changes safely, many times a day',
    description: 'Continuous delivery for every service (vision bet 1).',
    krs: [
      {
        title: 'Median lead time for changes',
        metric: 'delivery.lead-time',
        direction: 'decrease',
        factors: [1.6, 0.6],
      },
      {
        title: 'Change failure rate',
        metric: 'delivery.change-failure-rate',
        direction: 'decrease',
        factors: [1.5, 0.5],
      },
    ],
  },
  {
    title: 'Every change reviewed by a second pair of eyes',
    description: 'Review before merge, everywhere.',
    krs: [
      {
        title: 'Review coverage',
        metric: 'delivery.review-coverage',
        direction: 'increase',
        factors: [0.85, 1.06],
      },
    ],
  },
  {
    title: 'Recover from failed deployments within hours',
    description: 'Reliability as a feature (vision bet 2).',
    krs: [
      {
        title: 'Median recovery time',
        metric: 'delivery.recovery-time',
        direction: 'decrease',
        factors: [1.8, 0.5],
      },
      {
        title: 'Customer-facing services with SLOs',
        unit: 'services',
        direction: 'increase',
        manual: { start: 4, target: 20, steps: [6, 9, 13] },
      },
    ],
  },
  {
    title: 'Retire the legacy checkout path',
    description: 'Vision bet 3: before peak season.',
    krs: [
      {
        title: 'Checkout traffic on the new path',
        unit: '%',
        direction: 'increase',
        manual: { start: 0, target: 100, steps: [10, 35, 60] },
      },
    ],
  },
  {
    title: 'Lower cloud cost per customer',
    description: 'Serves the gross-margin objective.',
    krs: [
      {
        title: 'Cloud cost per active customer',
        unit: 'EUR',
        direction: 'decrease',
        manual: { start: 1.9, target: 1.4, steps: [1.85, 1.72] },
      },
    ],
  },
];

const TEAM_KRS: DemoKr[][] = [
  [
    {
      title: 'Production deployments per week',
      metric: 'delivery.deployment-frequency',
      direction: 'increase',
      factors: [0.7, 1.3],
    },
    {
      title: 'Pull-request cycle time (median)',
      metric: 'delivery.pr-cycle-time',
      direction: 'decrease',
      factors: [1.5, 0.7],
    },
  ],
  [
    {
      title: 'Production deployments per week',
      metric: 'delivery.deployment-frequency',
      direction: 'increase',
      factors: [0.6, 3],
    },
    {
      title: 'Services deployed by the shared pipeline',
      unit: '%',
      direction: 'increase',
      manual: { start: 20, target: 100, steps: [30, 45] },
    },
  ],
  [
    {
      title: 'Review coverage',
      metric: 'delivery.review-coverage',
      direction: 'increase',
      factors: [0.8, 1.08],
    },
  ],
];

const round = (x: number) => Math.round(x * 100) / 100;

export const directionDemoStep: DemoStep = {
  name: 'direction',
  async run({ db, size, seed }) {
    return seedDirection(db, size.name, seed);
  },
};

export async function seedDirection(
  db: Db,
  sizeName: 's' | 'm' | 'l' | 'xl',
  seed: number,
  now = Math.floor(Date.now() / HOUR) * HOUR,
): Promise<{ counts: Record<string, number> }> {
  const rnd = seededRandom(seed + 606);
  const today = new Date(now).toISOString().slice(0, 10);
  const period = halfOf(today);
  const people = await peopleWithIdentities(db, []);
  const cto = people.find((p) => p.role === 'cto') ?? people[0];
  const hoe = people.find((p) => p.role === 'head of engineering') ?? cto;
  if (!cto) return { counts: {} };
  const managerOf = new Map<number, number>();
  for (const p of people)
    if (p.role === 'engineering manager' && p.teamId !== null) managerOf.set(p.teamId, p.personId);
  const teams = (await allTeams(db)).filter((t) => t.kind === 'team').sort((a, b) => a.id - b.id);

  const by = { label: 'demo', userId: null };
  const content = {
    title: 'Engineering direction',
    objectives: OBJECTIVES.slice(0, 2),
    ownerPersonId: cto.personId,
  };
  await saveVision(db, period, { ...content, body: VISION_V1, reviewOn: null }, by);
  await saveVision(
    db,
    period,
    {
      ...content,
      objectives: OBJECTIVES,
      body: VISION_V2,
      reviewOn: new Date(now + 45 * DAY).toISOString().slice(0, 10),
    },
    by,
  );

  const orgGoals = ORG_GOALS.slice(0, { s: 3, m: 4, l: 5, xl: 5 }[sizeName]);
  const teamGoalCount = Math.min(teams.length, { s: 2, m: 4, l: 6, xl: 8 }[sizeName]);
  const goalTeams = teams.slice(0, teamGoalCount);
  const wanted = [
    ...orgGoals.flatMap((g) =>
      g.krs.filter((k) => k.metric).map((k) => ({ metric: k.metric!, teamId: null })),
    ),
    ...goalTeams.flatMap((t, i) =>
      TEAM_KRS[i % TEAM_KRS.length]!.filter((k) => k.metric).map((k) => ({
        metric: k.metric!,
        teamId: t.id,
      })),
    ),
  ];
  const live = await readMetrics(db, DEMO_READER, wanted, now);

  let keyResults = 0;
  let checkins = 0;
  const addKrs = async (goalId: number, krs: DemoKr[], teamId: number | null) => {
    for (const [position, k] of krs.entries()) {
      let start: number;
      let target: number;
      let current: number | null = null;
      if (k.metric) {
        const value = live.get(metricKey(k.metric, teamId))?.value ?? null;
        const base = value !== null && value > 0 ? value : k.direction === 'increase' ? 1 : 10;
        [start, target] = [round(base * k.factors![0]), round(base * k.factors![1])];
        if (KEY_RESULT_METRICS[k.metric].unit === '%') target = Math.min(target, 100);
        if (start === target) target = round(start + (k.direction === 'increase' ? 1 : -1));
      } else {
        ({ start, target } = k.manual!);
        current = k.manual!.steps.at(-1) ?? null;
      }
      const confidence = round(0.5 + rnd() * 0.4);
      const id = await goals.insertKeyResult(db, {
        goal_id: goalId,
        position,
        title: k.title,
        unit: k.metric ? KEY_RESULT_METRICS[k.metric].unit : (k.unit ?? ''),
        direction: k.direction,
        start_value: start,
        target_value: target,
        current_value: current,
        confidence,
        metric: k.metric ?? null,
      });
      keyResults++;
      const steps = k.manual?.steps ?? [];
      for (const [i, value] of steps.entries()) {
        await goals.insertCheckin(db, {
          key_result_id: id,
          value,
          confidence: round(confidence + (i - steps.length + 1) * 0.05),
          note:
            i === steps.length - 1 ? 'On pace; the next step depends on the platform team.' : 'Progressing.',
          by_label: 'demo',
          at: new Date(now - (steps.length - i) * 21 * DAY),
        });
        checkins++;
      }
    }
  };

  const orgIds: number[] = [];
  for (const g of orgGoals) {
    const id = await goals.insertGoal(db, {
      parent_id: null,
      team_id: null,
      period,
      title: g.title,
      description: g.description,
      owner_person_id: (orgIds.length % 2 === 0 ? cto : hoe)!.personId,
    });
    orgIds.push(id);
    await addKrs(id, g.krs, null);
  }
  const teamGoalTitles = [
    'Deploy on every merge',
    'Move onto the shared pipeline',
    'Review before merge, always',
  ];
  for (const [i, t] of goalTeams.entries()) {
    const id = await goals.insertGoal(db, {
      parent_id: orgIds[i % TEAM_KRS.length === 2 ? 1 : 0] ?? null,
      team_id: t.id,
      period,
      title: `${t.name}: ${teamGoalTitles[i % teamGoalTitles.length]}`,
      description: '',
      owner_person_id: managerOf.get(t.id) ?? null,
    });
    await addKrs(id, TEAM_KRS[i % TEAM_KRS.length]!, t.id);
  }
  const goalCount = orgGoals.length + goalTeams.length;
  const initiatives = await seedInitiatives(db, {
    sizeName,
    seed,
    now,
    teams,
    managerOf,
    goalIds: orgIds,
    owner: hoe!.personId,
  });
  return {
    counts: {
      visions: 1,
      'vision versions': 2,
      goals: goalCount,
      'key results': keyResults,
      'check-ins': checkins,
      ...initiatives,
    },
  };
}
