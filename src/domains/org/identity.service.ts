import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound } from '../../platform/http/problem.js';
import * as repo from './identity.repo.js';
import { matchIdentity } from './importers/identity-match.js';
import type { MailmapEntry } from './importers/mailmap.js';
import { allPeople } from './org-import.repo.js';

export type { IdentityFilter, IdentityKind, IdentityRow } from './identity.repo.js';

/**
 * Matches every identity in the review queue that can be matched automatically: by e-mail (a
 * person's address or one of their other addresses), by GitHub no-reply address, by `.mailmap`.
 * Never by name alone: two people can share a name. Returns how many were matched.
 */
export async function matchQueue(db: Db, mailmap?: MailmapEntry[]): Promise<number> {
  const queue = await repo.unmatchedIdentities(db);
  if (queue.length === 0) return 0;
  const byEmail = new Map<string, number>();
  const byGithub = new Map<string, number>();
  for (const p of await allPeople(db)) {
    byEmail.set(p.email.toLowerCase(), p.id);
    if (p.github_login) byGithub.set(p.github_login.toLowerCase(), p.id);
  }
  const known = await db
    .selectFrom('identities')
    .select(['kind', 'value', 'person_id'])
    .where('person_id', 'is not', null)
    .where('kind', 'in', ['email', 'github'])
    .execute();
  for (const k of known) {
    if (k.kind === 'email' && !byEmail.has(k.value)) byEmail.set(k.value, k.person_id!);
    if (k.kind === 'github' && !byGithub.has(k.value)) byGithub.set(k.value, k.person_id!);
  }
  const matches: { id: number; personId: number; method: repo.MatchMethod }[] = [];
  for (const i of queue) {
    const m = matchIdentity(
      { kind: i.kind, value: i.value, name: i.display_name },
      { byEmail, byGithub, ...(mailmap ? { mailmap } : {}) },
    );
    if (m) matches.push({ id: i.id, personId: m.personId, method: m.method });
  }
  await repo.setMatches(db, matches);
  return matches.length;
}

/**
 * Records identities seen in a source (a git author, a GitHub login) and matches what it can; the
 * rest waits in the review queue. Used by the delivery importers and the identities API.
 */
export async function observeIdentities(
  db: Db,
  seen: { kind: repo.IdentityKind; value: string; name?: string | null }[],
): Promise<{ recorded: number; matched: number }> {
  const rows = seen.map((s) => ({
    kind: s.kind,
    value: s.kind === 'sso' ? s.value : s.value.trim().toLowerCase(),
    display_name: s.name ?? null,
    person_id: null,
    match_method: null,
  }));
  const unique = [...new Map(rows.map((r) => [`${r.kind}:${r.value}`, r])).values()];
  for (let i = 0; i < unique.length; i += 1000) {
    await db
      .insertInto('identities')
      .values(unique.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['kind', 'value']).doUpdateSet((eb) => ({
          last_seen: eb.fn('now'),
          display_name: eb.fn.coalesce('excluded.display_name', 'identities.display_name'),
        })),
      )
      .execute();
  }
  return { recorded: unique.length, matched: await matchQueue(db) };
}

/**
 * Records a single sign-on subject (`issuer|subject`) as an identity of the person whose account
 * signed in (matched by the provider's verified e-mail), or queues it when the account has no person.
 */
export async function recordSsoIdentity(
  db: Db,
  sso: { issuer: string; subject: string; email: string | null; personId: number | null },
): Promise<void> {
  await repo.upsertIdentities(db, [
    {
      kind: 'sso',
      value: `${sso.issuer}|${sso.subject}`,
      display_name: sso.email,
      person_id: sso.personId,
      match_method: sso.personId === null ? null : 'email',
    },
  ]);
}

export const listIdentities = repo.listIdentities;
export const recentChanges = repo.recentChanges;

/**
 * Assigns identities to a person in one undoable change. `merge` when they were another person's
 * (e.g. a second git e-mail of someone already known), `assign` when they were in the queue.
 */
export async function assignIdentities(
  db: Db,
  actor: AuditActor,
  identityIds: number[],
  personId: number,
): Promise<{ changeId: number }> {
  return db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound(`Person ${personId}`);
    const items = await repo.findIdentities(trx, identityIds);
    if (items.length !== new Set(identityIds).size) throw notFound('One of the identities');
    if (items.every((i) => i.person_id === personId && !i.ignored)) {
      throw conflict('These identities already belong to that person.');
    }
    const action = items.some((i) => i.person_id !== null && i.person_id !== personId) ? 'merge' : 'assign';
    const changeId = await repo.recordChange(trx, { personId, action, createdBy: actor.userId }, items);
    await repo.applyToIdentities(trx, identityIds, {
      person_id: personId,
      match_method: 'manual',
      ignored: false,
    });
    await record(trx, actor, {
      action: `org.identity.${action}`,
      targetType: 'person',
      targetId: personId,
      details: { changeId, identities: items.map((i) => `${i.kind}:${i.value}`) },
    });
    return { changeId };
  });
}

/** Takes identities out of the queue (bots, shared accounts), undoably. */
export async function ignoreIdentities(
  db: Db,
  actor: AuditActor,
  identityIds: number[],
): Promise<{ changeId: number }> {
  return db.transaction().execute(async (trx) => {
    const items = await repo.findIdentities(trx, identityIds);
    if (items.length !== new Set(identityIds).size) throw notFound('One of the identities');
    const changeId = await repo.recordChange(
      trx,
      { personId: null, action: 'ignore', createdBy: actor.userId },
      items,
    );
    await repo.applyToIdentities(trx, identityIds, { person_id: null, match_method: null, ignored: true });
    await record(trx, actor, {
      action: 'org.identity.ignore',
      targetType: 'identity',
      targetId: identityIds.join(','),
      details: { changeId },
    });
    return { changeId };
  });
}

/** Undoes one change: every identity it touched goes back to where it was. */
export async function undoChange(db: Db, actor: AuditActor, changeId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const change = await repo.findChange(trx, changeId);
    if (!change) throw notFound(`Identity change ${changeId}`);
    if (change.undone_at) throw conflict(`Identity change ${changeId} was already undone.`);
    const items = await repo.changeItems(trx, changeId);
    if (items.length === 0) throw badRequest(`Identity change ${changeId} touched no identities.`);
    const later = await repo.laterChangesTouching(trx, changeId);
    if (later.length) {
      throw conflict(
        `Change ${changeId} cannot be undone while later changes to the same identities stand: undo ${later.map((id) => `change ${id}`).join(', ')} first.`,
      );
    }
    await repo.restoreItems(trx, changeId);
    await record(trx, actor, {
      action: 'org.identity.undo',
      targetType: 'identity-change',
      targetId: changeId,
    });
  });
}
