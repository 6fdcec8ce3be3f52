import type { Db } from '../../platform/db/database.js';
import * as historyRepo from './history.repo.js';
import { type ObservedIdentity, upsertIdentities } from './identity.repo.js';
import type { PersonInput } from './importers/org-input.js';
import type { PersonRow } from './org.repo.js';
import * as repo from './org-import.repo.js';
import { bump, type Counter } from './org-import.shared.js';

/** The parts of an org import that follow the people rows: dated history versions and identities. */

/** A new dated version for every person whose manager, primary team, title, level, role or status changed. */
export async function writeHistory(
  trx: Db,
  list: PersonInput[],
  idOf: Map<PersonInput, number>,
  /** The people rows as they now stand (read once by the caller). */
  people: Map<number, PersonRow>,
  source: string,
  today: string,
  counts: Counter,
) {
  const ids = list.map((p) => idOf.get(p)!);
  if (ids.length === 0) return;
  const primary = new Map(
    (await repo.membershipsOf(trx, ids)).filter((m) => m.is_primary).map((m) => [m.person_id, m.team_id]),
  );
  const open = new Map((await historyRepo.openHistory(trx, ids)).map((h) => [h.person_id, h]));
  const close: { id: number; validTo: string }[] = [];
  const drop: number[] = [];
  const add: Parameters<typeof historyRepo.insertVersions>[1] = [];
  for (const p of list) {
    const id = idOf.get(p)!;
    const row = people.get(id)!;
    const state = {
      manager_id: row.manager_id,
      team_id: primary.get(id) ?? null,
      title: row.title,
      level: row.level,
      role: row.role,
      status: row.status,
    };
    const h = open.get(id);
    if (h && sameState(h, state)) continue;
    let from = p.effectiveDate ?? (h ? today : (row.start_date ?? today));
    if (h && from <= h.valid_from) {
      if (from < h.valid_from) from = h.valid_from;
      drop.push(h.id); // the same day's version is replaced, not followed by a zero-length one
    } else if (h) close.push({ id: h.id, validTo: from });
    add.push({ person_id: id, valid_from: from, source, ...state });
  }
  await historyRepo.deleteVersions(trx, drop);
  await historyRepo.closeVersions(trx, close);
  await historyRepo.insertVersions(trx, add);
  bump(counts, 'history versions', add.length);
}

function sameState(h: historyRepo.HistoryState, s: historyRepo.HistoryState): boolean {
  return (
    h.manager_id === s.manager_id &&
    h.team_id === s.team_id &&
    h.title === s.title &&
    h.level === s.level &&
    h.role === s.role &&
    h.status === s.status
  );
}

/** Each person's e-mails and GitHub login as identities matched by the import. */
export async function recordPersonIdentities(trx: Db, list: PersonInput[], idOf: Map<PersonInput, number>) {
  const rows: ObservedIdentity[] = [];
  for (const p of list) {
    const person_id = idOf.get(p)!;
    for (const e of [p.email, ...(p.otherEmails ?? [])]) {
      rows.push({
        kind: 'email',
        value: e.toLowerCase(),
        display_name: p.name,
        person_id,
        match_method: 'import',
      });
    }
    if (p.githubLogin) {
      rows.push({
        kind: 'github',
        value: p.githubLogin.toLowerCase(),
        display_name: p.name,
        person_id,
        match_method: 'import',
      });
    }
  }
  const seen = new Set<string>();
  await upsertIdentities(
    trx,
    rows.filter((r) => !seen.has(`${r.kind}:${r.value}`) && seen.add(`${r.kind}:${r.value}`)),
  );
}
