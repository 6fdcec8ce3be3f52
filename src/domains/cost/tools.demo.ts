/**
 * The tool register of the demo organization (every size): about thirty tools an engineering
 * organization pays for, some overlapping (Jira and Linear, Datadog and Grafana Cloud, Confluence and
 * Notion, PagerDuty and Opsgenie, GitHub and GitLab), renewals spread over the next twelve months (some
 * notice deadlines passed, some within 30 days), owners among the leaders and teams of the demo org, and
 * seats for the demo people's e-mails with a realistic share unused. Written through the same import
 * service as the CSV files. Deterministic for a seed; dates are offsets from the current day, like the
 * other demo steps.
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { orgSnapshot } from '../org/org-export.service.js';
import { allTeams } from '../org/org-lookup.service.js';
import { formatScaled } from './importers/focus-decimal.js';
import type { SeatRow, ToolRow } from './importers/tool-csv.js';
import { addDays, addYears } from './metrics/tool-renewals.js';
import { todayUtc } from './tools.service.js';
import { DEMO_TOOLS as TOOLS } from './tools-demo-catalog.js';
import { applySeatRows, applyToolRows } from './tools-import.service.js';

const LEADER_ROLES = new Set(['cto', 'head of engineering', 'engineering director', 'engineering manager']);
const ENGINEERING_ROLES = new Set(['engineer', 'tech lead', 'engineering manager', 'ai', 'data']);
const DAY = 86_400_000;

export interface DemoRegister {
  tools: ToolRow[];
  seats: SeatRow[];
}

interface DemoPerson {
  email: string;
  role: string;
  teams: string[];
  active: boolean;
}

/** The register as import rows, for these people and teams, as of `today`. */
export function demoRegister(
  seed: number,
  today: string,
  people: DemoPerson[],
  teams: { slug: string; kind: string }[],
): DemoRegister {
  const rnd = seededRandom(seed + 7001);
  const pick = <T>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(rnd() * xs.length)] : undefined);
  const leaders = people.filter((p) => p.active && LEADER_ROLES.has(p.role));
  const teamSlugs = teams.filter((t) => t.kind === 'team').map((t) => t.slug);
  const tools: ToolRow[] = [];
  const seats: SeatRow[] = [];
  const n = TOOLS.length;
  TOOLS.forEach((t, i) => {
    // Renewals spread over the next 12 months; the order is shuffled by the seed.
    const slot = (i * 7 + Math.floor(rnd() * 3)) % n;
    const renewal = addDays(today, 3 + Math.floor((slot * 360) / n + rnd() * 8));
    const start = addYears(renewal, -1);
    const holders = people.filter((p) => {
      if (t.audience === 'none') return false;
      if (t.audience === 'everyone') return true;
      if (t.audience === 'engineers') return ENGINEERING_ROLES.has(p.role);
      return rnd() < (t.audience === 'some' ? 0.35 : 0.12);
    });
    // A few leavers keep seats nobody took back.
    const assigned = holders.filter((p) => p.active || rnd() < 0.5);
    const bought = t.seat ? Math.max(5, Math.ceil((assigned.length * (1.05 + rnd() * 0.25)) / 5) * 5) : null;
    const cents = t.seat ? BigInt(t.seat) * BigInt(bought ?? 0) : BigInt(t.flat ?? 0);
    const usedBy =
      t.audience === 'everyone' || t.audience === 'engineers'
        ? []
        : [...new Set(assigned.flatMap((p) => p.teams))];
    const toolTeams =
      t.audience === 'everyone' || t.audience === 'engineers'
        ? []
        : (usedBy.length ? usedBy : teamSlugs)
            .filter((s) => teamSlugs.includes(s))
            .slice(0, 1 + Math.floor(rnd() * 4));
    tools.push({
      row: i + 2,
      vendor: t.vendor,
      product: t.product,
      category: t.category,
      plan: t.plan,
      contractStart: start,
      contractEnd: addDays(renewal, -1),
      renewalDate: renewal,
      noticeDays: t.notice,
      autoRenew: t.autoRenew ?? true,
      annualCost: formatScaled(cents, 2),
      currency: t.currency ?? 'USD',
      seatsBought: bought,
      ownerEmail: pick(leaders)?.email ?? null,
      teams: toolTeams.sort(),
      notes: t.notes ?? '',
    });
    for (const p of assigned) {
      const idle = !p.active || rnd() < t.idle;
      let last: string | null;
      if (idle)
        last =
          rnd() < 0.3
            ? null
            : new Date(
                Date.parse(`${today}T00:00:00Z`) -
                  (35 + Math.floor(rnd() * 300)) * DAY +
                  Math.floor(rnd() * DAY),
              ).toISOString();
      else
        last = new Date(
          Date.parse(`${today}T00:00:00Z`) - Math.floor(rnd() * 25) * DAY - Math.floor(rnd() * DAY),
        ).toISOString();
      seats.push({
        row: seats.length + 2,
        tool: `${t.vendor}/${t.product}`,
        email: p.email,
        lastActive: last,
      });
    }
  });
  return { tools, seats };
}

export async function seedTools(db: Db, seed: number, today = todayUtc()): Promise<Record<string, number>> {
  const actor: AuditActor = { userId: null, label: 'demo' };
  const [snapshot, teams] = await Promise.all([orgSnapshot(db), allTeams(db)]);
  const people = snapshot.people.map((p) => ({
    email: p.email.toLowerCase(),
    role: p.role ?? 'other',
    teams: p.teams ?? [],
    active: (p.status ?? 'active') === 'active',
  }));
  const register = demoRegister(seed, today, people, teams);
  const tools = await applyToolRows(db, register.tools, { file: 'demo', actor });
  if (tools.issues.some((i) => i.severity === 'error'))
    throw new Error(`demo tools: ${tools.issues.map((i) => i.message).join('; ')}`);
  const seats = await applySeatRows(db, register.seats, { file: 'demo', actor });
  if (seats.issues.some((i) => i.severity === 'error'))
    throw new Error(`demo tool seats: ${seats.issues.map((i) => i.message).join('; ')}`);
  return {
    tools: register.tools.length,
    seats: register.seats.length,
    'unmatched seats': seats.counts['seats unmatched'] ?? 0,
  };
}

export const toolsDemoStep: DemoStep = {
  name: 'cost-tools',
  async run({ db, seed, onProgress }) {
    onProgress(0, 1, 'tool register');
    const counts = await seedTools(db, seed);
    onProgress(1, 1, 'tool register');
    return { counts };
  },
};
