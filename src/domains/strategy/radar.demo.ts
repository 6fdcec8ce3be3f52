/**
 * The radar part of the demo organization: the demo company's quadrants, rings and technologies
 * (strategy-demo-tech.ts) placed on the radar with dated history — an entry with a `previousRing`
 * was first placed there and moved later — through the same import service as a Backstage JSON file,
 * and a watch list of emerging technology owned by the organization's leaders. The same at every size
 * (one radar per company); dates are seeded offsets from the current day.
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { peopleWithIdentities } from '../org/org-lookup.service.js';
import { type RadarDocument, slugKey, stanceOf } from './importers/radar-document.js';
import { today } from './radar.service.js';
import { applyRadarDocument } from './radar-import.service.js';
import { DEMO_QUADRANTS, DEMO_RINGS, DEMO_TECHNOLOGIES } from './strategy-demo-tech.js';
import { createWatchItem } from './watch-list.service.js';

const RING_COLORS = ['#5BA300', '#009EB0', '#C7BA00', '#E09B96'];
const DAY = 86_400_000;

const daysBefore = (end: string, days: number) =>
  new Date(Date.parse(`${end}T00:00:00Z`) - Math.round(days) * DAY).toISOString().slice(0, 10);

/** The demo radar as a Backstage-shaped document (quadrants and rings by key), dated back from `end`. */
export function demoRadarDocument(seed: number, end: string): RadarDocument {
  const rnd = seededRandom(seed + 607);
  return {
    format: 'backstage',
    refs: 'key',
    quadrants: DEMO_QUADRANTS.map((name) => ({ key: slugKey(name), name })),
    rings: DEMO_RINGS.map((name, i) => ({
      key: slugKey(name),
      name,
      color: RING_COLORS[i] ?? null,
      description: '',
      stance: stanceOf(name, name, i),
    })),
    entries: DEMO_TECHNOLOGIES.map((t) => {
      // What is being assessed came onto the radar this quarter; the rest over the last two years.
      const recent = t.ring === 'Assess' && !t.previousRing;
      const placed = daysBefore(end, recent ? 15 + rnd() * 70 : 240 + rnd() * 480);
      const moved = daysBefore(end, 20 + rnd() * 180);
      const timeline = t.previousRing
        ? [
            {
              date: placed,
              ring: slugKey(t.previousRing),
              direction: 0,
              description: 'Placed on the radar.',
            },
            {
              date: moved,
              ring: slugKey(t.ring),
              direction: null,
              description: `Moved from ${t.previousRing} to ${t.ring}: ${t.description}`,
            },
          ]
        : [{ date: placed, ring: slugKey(t.ring), direction: 0, description: 'Placed on the radar.' }];
      return {
        key: t.key,
        name: t.name,
        quadrant: slugKey(t.quadrant),
        ring: slugKey(t.ring),
        description: t.description,
        url: null,
        links: [],
        // New on this edition: placed (not moved) within the last quarter.
        isNew: !t.previousRing && placed >= daysBefore(end, 90),
        timeline,
        at: { entity: t.key },
      };
    }),
  };
}

/** Emerging technology the leaders keep an eye on; owners are picked from the organization's leaders. */
const WATCH = [
  {
    name: 'LLM-assisted code review',
    category: 'AI tooling',
    status: 'assessing',
    radarEntryKey: 'llm-code-review',
    notes:
      '## What we try\nTwo teams run an LLM reviewer on every pull request for a quarter.\n\n## What we measure\n- review turnaround\n- change failure rate of AI-reviewed changes\n- false positives per pull request',
    decision: '',
    decisionRef: null,
  },
  {
    name: 'Coding agents',
    category: 'AI tooling',
    status: 'watching',
    radarEntryKey: null,
    notes:
      'Agents that open pull requests on their own. Open questions: **review load**, secrets in prompts, licence of generated code.',
    decision: '',
    decisionRef: null,
  },
  {
    name: 'GitHub Copilot for every engineer',
    category: 'AI tooling',
    status: 'decided',
    radarEntryKey: 'github-copilot',
    notes: 'Pilot with three teams showed shorter lead times and no rise in change failures.',
    decision: 'Roll out to every engineer, with a yearly review of cost and effect.',
    decisionRef: null,
  },
  {
    name: 'WebAssembly on the server',
    category: 'Platforms',
    status: 'watching',
    radarEntryKey: null,
    notes: 'WASI components as a lighter unit of deployment than containers; tooling still young.',
    decision: '',
    decisionRef: null,
  },
  {
    name: 'Vector databases',
    category: 'Data',
    status: 'dropped',
    radarEntryKey: null,
    notes: 'PostgreSQL with pgvector covers the search features we plan.',
    decision: 'No separate vector database; use pgvector where needed.',
    decisionRef: null,
  },
] as const;

const LEADER_ROLES = ['cto', 'head of engineering', 'engineering director', 'engineering manager'];

async function seedWatchList(db: Db, actor: AuditActor, seed: number): Promise<number> {
  const rnd = seededRandom(seed + 613);
  const people = (await peopleWithIdentities(db, [])).filter((p) => p.endDate === null);
  const leaders = LEADER_ROLES.flatMap((role) => people.filter((p) => p.role === role));
  const owners = leaders.length ? leaders.slice(0, 6) : people.slice(0, 6);
  for (const item of WATCH) {
    const owner = owners.length ? owners[Math.floor(rnd() * owners.length)]! : null;
    await createWatchItem(db, actor, { ...item, ownerPersonId: owner?.personId ?? null });
  }
  return WATCH.length;
}

export async function seedRadar(db: Db, seed: number, end = today()): Promise<Record<string, number>> {
  const actor: AuditActor = { userId: null, label: 'demo' };
  const doc = demoRadarDocument(seed, end);
  const result = await applyRadarDocument(db, doc, { file: 'demo', mode: 'merge', date: end, actor });
  if (result.issues.length) throw new Error(`demo radar: ${result.issues.map((i) => i.message).join('; ')}`);
  const watch = await seedWatchList(db, actor, seed);
  return {
    entries: result.counts['entries created']!,
    moves: result.counts['moves written']!,
    'watch-list items': watch,
  };
}

export const radarDemoStep: DemoStep = {
  name: 'radar',
  async run({ db, seed, onProgress }) {
    onProgress(0, DEMO_TECHNOLOGIES.length, 'placing the technologies');
    const counts = await seedRadar(db, seed);
    onProgress(DEMO_TECHNOLOGIES.length, DEMO_TECHNOLOGIES.length, 'radar ready');
    return { counts };
  },
};
