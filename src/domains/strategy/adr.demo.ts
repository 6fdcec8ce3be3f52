/**
 * The demo organization's decision records: per service, decisions about technologies on the demo
 * radar, some later superseded (Kafka self-hosted → managed, Jest → Vitest…), the newest still proposed,
 * one rejected; about a quarter of the services deliberately have none. Written as MADR files (MADR 4,
 * every third one MADR 2) and imported through the same path as `quarterdeck import adr`; superseded
 * records are imported first as accepted and then re-read as superseded, so the timeline has both.
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { peopleWithIdentities, servicesWithOwners } from '../org/org-lookup.service.js';
import { DEMO_TOPICS, type DemoTopic } from './adr-demo-topics.js';
import { applyAdrFiles } from './adr-files.service.js';
import type { AdrStatus, MadrFields } from './importers/madr-parse.js';
import { madrFileName, patchMadr, renderMadr } from './importers/madr-write.js';
import { radarEntryRefs } from './radar.repo.js';

export const DEMO_ADR_COUNTS = { s: 12, m: 30, l: 72, xl: 110 } as const;
const DAY = 24 * 3600_000;

interface Planned {
  topic: DemoTopic;
  service: { id: number; name: string; ownerTeamId: number | null };
  date: number;
  status: AdrStatus;
  successor: Planned | null;
  /** Further services the decision applies to. */
  also: number[];
  number?: number;
  fileName?: string;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const fill = (s: string, service: string) => s.replaceAll('{service}', service);

function fields(p: Planned, deciders: string[], status: AdrStatus): MadrFields {
  const t = p.topic;
  const name = p.service.name;
  return {
    title: fill(t.title, name),
    status,
    supersededBy: null,
    date: day(p.date),
    deciders,
    consulted: ['Platform team'],
    informed: ['Engineering managers'],
    context: fill(t.context, name),
    options: t.options.map((o) => `* ${o}`).join('\n'),
    outcome: `Chosen option: "${t.options[t.chosen]}", because ${fill(t.because, name)}.`,
    consequences: `* Good, because ${fill(t.good, name)}\n* Bad, because ${fill(t.bad, name)}`,
    prosCons: '',
  };
}

/** MADR 2.x, as older repositories keep them. */
function renderMadr2(f: MadrFields, t: DemoTopic, service: string): string {
  return [
    `# ${f.title}`,
    '',
    `* Status: ${f.status}`,
    `* Deciders: ${f.deciders.join(', ')}`,
    `* Date: ${f.date}`,
    '',
    '## Context and Problem Statement',
    '',
    f.context,
    '',
    '## Considered Options',
    '',
    f.options,
    '',
    '## Decision Outcome',
    '',
    f.outcome,
    '',
    '### Positive Consequences',
    '',
    `* ${fill(t.good, service)}`,
    '',
    '### Negative Consequences',
    '',
    `* ${fill(t.bad, service)}`,
    '',
  ].join('\n');
}

export const adrDemoStep: DemoStep = {
  name: 'decision records',
  async run({ db, size, seed, onProgress }) {
    const rnd = seededRandom(seed * 7919 + 6);
    const now = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const [services, people, radar] = await Promise.all([
      servicesWithOwners(db),
      peopleWithIdentities(db, []),
      radarEntryRefs(db),
    ]);
    if (services.length === 0) return { counts: { 'strategy.adrs': 0 } };
    const shuffled = services
      .map((s) => ({ s, k: rnd() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.s);
    const covered = shuffled.slice(
      0,
      Math.max(1, Math.min(shuffled.length - 1, Math.ceil(shuffled.length * 0.75))),
    );
    const target = DEMO_ADR_COUNTS[size.name];
    const byKey = new Map(DEMO_TOPICS.map((t) => [t.key, t]));
    const plan: Planned[] = [];
    for (let k = 0; plan.length < target; k++) {
      const service = covered[k % covered.length]!;
      const topic = DEMO_TOPICS[Math.floor(rnd() * DEMO_TOPICS.length)]!;
      if (plan.some((p) => p.service.id === service.id && p.topic.key === topic.key)) continue;
      const recent = topic.outcome === 'proposed';
      const date = recent
        ? now - Math.floor(5 + rnd() * 50) * DAY
        : now - Math.floor(120 + rnd() * 800) * DAY;
      const status: AdrStatus = topic.outcome === 'rejected' ? 'rejected' : recent ? 'proposed' : 'accepted';
      const entry: Planned = { topic, service, date, status, successor: null, also: [] };
      const old = topic.replaces ? byKey.get(topic.replaces) : undefined;
      if (
        old &&
        plan.length + 2 <= target &&
        !plan.some((p) => p.service.id === service.id && p.topic.key === old.key)
      ) {
        const before: Planned = {
          topic: old,
          service,
          date: date - Math.floor(90 + rnd() * 400) * DAY,
          status: 'accepted',
          successor: entry,
          also: [],
        };
        plan.push(before);
      }
      plan.push(entry);
    }
    // In a large organization one decision often covers several services of a team: the covered
    // services that are no record's subject are shared out among the records.
    const subjects = new Set(plan.map((p) => p.service.id));
    const rest = covered
      .filter((c) => !subjects.has(c.id))
      .sort((a, b) => (a.ownerTeamId ?? 0) - (b.ownerTeamId ?? 0) || a.name.localeCompare(b.name));
    for (const [j, c] of rest.entries()) plan[j % plan.length]!.also.push(c.id);
    // Replaced topics without a successor for that service become their own outcome (deprecated).
    for (const p of plan) if (!p.successor && p.topic.outcome === 'deprecated') p.status = 'deprecated';
    plan.sort((a, b) => a.date - b.date || a.service.name.localeCompare(b.service.name));
    for (const [i, p] of plan.entries()) {
      p.number = i + 1;
      p.fileName = madrFileName(p.number, fill(p.topic.title, p.service.name));
    }
    const byTeam = new Map<number, string[]>();
    for (const person of people) {
      if (person.teamId === null) continue;
      const list = byTeam.get(person.teamId) ?? [];
      if (list.length < 6) list.push(person.name);
      byTeam.set(person.teamId, list);
    }
    const radarIds = new Map(radar.map((r) => [r.key, r.id]));
    const serviceIdsByNumber = new Map<number, number[]>();
    const radarByNumber = new Map<number, number[]>();
    const firstFiles = plan.map((p, i) => {
      const team = (p.service.ownerTeamId !== null ? byTeam.get(p.service.ownerTeamId) : undefined) ?? [];
      const deciders = team.length
        ? [team[0]!, team[1 + ((i * 3) % Math.max(1, team.length - 1))] ?? team[0]!]
        : [];
      const f = fields(p, [...new Set(deciders)], p.status);
      serviceIdsByNumber.set(p.number!, [p.service.id, ...p.also]);
      radarByNumber.set(
        p.number!,
        p.topic.radar.map((k) => radarIds.get(k)).filter((x): x is number => x !== undefined),
      );
      const text = i % 3 === 2 ? renderMadr2(f, p.topic, p.service.name) : renderMadr(f);
      return { path: p.fileName!, text };
    });
    const actor: AuditActor = { userId: null, label: 'demo' };
    await applyAdrFiles(
      db,
      actor,
      {
        kind: 'folder',
        files: firstFiles,
        serviceIdsByNumber,
        radarEntryIds: radarByNumber,
        today: day(now),
      },
      (d, t) => onProgress(d, (t ?? plan.length) * 2),
    );
    const superseded = plan
      .map((p, i) => ({ p, text: firstFiles[i]!.text }))
      .filter(({ p }) => p.successor)
      .map(({ p, text }) => ({
        path: p.fileName!,
        text: patchMadr(
          text,
          { status: 'superseded', date: day(p.successor!.date) },
          { number: p.successor!.number!, fileName: p.successor!.fileName! },
        ),
      }));
    await applyAdrFiles(db, actor, { kind: 'folder', files: superseded, today: day(now) }, (d) =>
      onProgress(plan.length + d, plan.length * 2),
    );
    return { counts: { 'strategy.adrs': plan.length } };
  },
};
