/**
 * Applies an identity provider's sign-in log (importers/sso-signins.ts) to the tool register: each
 * (tool, e-mail) that signed in gets an `sso` seat whose last activity is its latest successful sign-in.
 * Upsert only — an older log never moves a seat's activity back, and seats the log does not mention are
 * left alone (a log covers a time window; people who did not sign in within it still hold a seat).
 * The caller runs it in a transaction; nothing is written when nothing changes, and a change is audited.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import type { SignInRow } from './importers/sso-signins.js';
import * as repo from './tools.repo.js';
import { type ApplyResult, matchEmails } from './tools-import.service.js';

/** How many unknown apps the warning lists. */
const UNKNOWN_SHOWN = 10;

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Resolves an app's display name to a tool: the product, `vendor product` or `vendor/product`, any case.
 * A name several tools answer to resolves to the list of them (reported, not guessed).
 */
async function appResolver(db: Db): Promise<(app: string) => number | repo.ToolDbRow[] | undefined> {
  const tools = await repo.listTools(db);
  const byName = new Map<string, repo.ToolDbRow[]>();
  for (const t of tools)
    for (const name of new Set([
      key(t.product),
      key(`${t.vendor} ${t.product}`),
      key(`${t.vendor}/${t.product}`),
    ])) {
      const list = byName.get(name) ?? [];
      if (!list.includes(t)) list.push(t);
      byName.set(name, list);
    }
  return (app) => {
    const list = byName.get(key(app));
    if (!list) return undefined;
    // The product's own name first: `Copilot` is GitHub/Copilot even when another tool is `Copilot Copilot`.
    const products = list.filter((t) => key(t.product) === key(app));
    const pick = products.length ? products : list;
    return pick.length === 1 ? Number(pick[0]!.id) : pick;
  };
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Upserts the `sso` seats of the sign-ins' tools; unknown apps are a warning, never an error. */
export async function applySignInRows(
  db: Db,
  rows: SignInRow[],
  ctx: { file: string; actor: AuditActor },
): Promise<ApplyResult> {
  const issues: ImportIssue[] = [];
  const resolve = await appResolver(db);
  const unknown = new Map<string, { app: string; signIns: number }>();
  const ambiguous = new Map<string, string>();
  // Several app names can be one tool (`Linear`, `Linear Linear`): the latest sign-in wins.
  const latest = new Map<string, { toolId: number; email: string; at: string }>();
  const apps = new Set<string>();
  for (const r of rows) {
    const tool = resolve(r.app);
    if (tool === undefined || Array.isArray(tool)) {
      const u = unknown.get(key(r.app)) ?? { app: r.app, signIns: 0 };
      u.signIns += r.signIns;
      unknown.set(key(r.app), u);
      if (Array.isArray(tool))
        ambiguous.set(key(r.app), tool.map((t) => `${t.vendor}/${t.product}`).join(', '));
      continue;
    }
    apps.add(key(r.app));
    const k = `${tool}\n${r.email}`;
    const prev = latest.get(k);
    if (!prev || r.lastSignIn > prev.at) latest.set(k, { toolId: tool, email: r.email, at: r.lastSignIn });
  }
  if (unknown.size) {
    const top = [...unknown.values()].sort((a, b) => b.signIns - a.signIns || a.app.localeCompare(b.app));
    const shown = top
      .slice(0, UNKNOWN_SHOWN)
      .map((u) => {
        const which = ambiguous.get(key(u.app));
        return `${u.app} (${u.signIns} sign-in${u.signIns === 1 ? '' : 's'}${which ? `; names ${which}` : ''})`;
      })
      .join(', ');
    const more = top.length > UNKNOWN_SHOWN ? `, and ${top.length - UNKNOWN_SHOWN} more` : '';
    issues.push({
      file: ctx.file,
      message: `${top.length} app${top.length === 1 ? '' : 's'} of the log match no tool of the register and were skipped: ${shown}${more}. Add them to the register (or name them vendor/product) to count their seats.`,
      severity: 'warning',
    });
  }
  const wanted = [...latest.values()];
  const toolIds = [...new Set(wanted.map((w) => w.toolId))].sort((a, b) => a - b);
  const people = await matchEmails(
    db,
    wanted.map((w) => w.email),
  );
  const stored = new Map(
    (await repo.seatsBySource(db, toolIds, 'sso')).map((s) => [`${s.tool_id}\n${s.email}`, s]),
  );
  const changes: repo.NewSeat[] = [];
  let created = 0;
  let updated = 0;
  for (const w of wanted) {
    const person = people.get(w.email) ?? null;
    const before = stored.get(`${w.toolId}\n${w.email}`);
    const storedAt = before ? iso(before.last_active_at) : null;
    const at = storedAt && storedAt > w.at ? storedAt : w.at;
    const storedPerson = before?.person_id == null ? null : Number(before.person_id);
    if (before && storedAt === at && storedPerson === person) continue;
    if (before) updated++;
    else created++;
    changes.push({ tool_id: w.toolId, email: w.email, person_id: person, last_active_at: at, source: 'sso' });
  }
  const unmatched = new Set(wanted.filter((w) => !people.has(w.email)).map((w) => w.email));
  const unmatchedSeats = wanted.filter((w) => unmatched.has(w.email)).length;
  if (unmatched.size)
    issues.push({
      file: ctx.file,
      field: 'email',
      message: `${unmatched.size} e-mail${unmatched.size === 1 ? '' : 's'} match no person of the organization; their seats are kept as unmatched: ${[...unmatched].sort().slice(0, UNKNOWN_SHOWN).join(', ')}${unmatched.size > UNKNOWN_SHOWN ? ', …' : ''}.`,
      severity: 'warning',
    });
  if (changes.length) {
    await repo.upsertSeats(db, changes);
    await record(db, ctx.actor, {
      action: 'cost.tool-signins.import',
      targetType: 'cost_tools',
      details: {
        file: ctx.file,
        tools: [...new Set(changes.map((c) => c.tool_id))].length,
        created,
        updated,
        unmatched: unmatched.size,
      },
    });
  }
  return {
    counts: {
      'apps matched': apps.size,
      'apps not in the register': unknown.size,
      tools: toolIds.length,
      'sso seats created': created,
      'sso seats updated': updated,
      'sso seats unchanged': wanted.length - created - updated,
      'seats matched to people': wanted.length - unmatchedSeats,
      'seats unmatched': unmatchedSeats,
    },
    issues,
  };
}
