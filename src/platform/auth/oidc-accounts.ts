import { findPersonByEmail } from '../../domains/org/org.service.js';
import { type AuditActor, record } from '../audit/audit.service.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { Problem } from '../http/problem.js';
import type { UserRow } from './auth.repo.js';
import {
  actorOf,
  createUser,
  findUserByEmail,
  findUserByOidcSubject,
  linkOidcSubject,
} from './auth.service.js';

/** Mapping a verified OpenID Connect identity to a Quarterdeck account (see oidc.ts for the flow). */

export type OidcSettings = NonNullable<Config['oidc']>;

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  ttlMs: number;
}

export interface OidcIdentity {
  subject: string;
  email: string | undefined;
  /** `undefined` when the provider says nothing about it. */
  emailVerified: boolean | undefined;
}

export function verifiedFlag(v: unknown): boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

/**
 * The account an identity signs in to: the one linked to its subject; else the account with its
 * email (when the provider has not said the email is unverified), which is then linked; else, with
 * auto-provisioning on, a new `member` account for the person of the organization with that email.
 */
export async function resolveAccount(
  db: Db,
  s: OidcSettings,
  id: OidcIdentity,
  meta: RequestMeta,
): Promise<UserRow> {
  const who = `oidc:${id.email ?? id.subject}`.slice(0, 200);
  const linked = await findUserByOidcSubject(db, id.subject);
  if (linked) {
    if (linked.disabled_at) throw await refusal(db, meta, linked.id, who, disabled(linked.email));
    return linked;
  }
  if (!id.email) {
    throw await refusal(
      db,
      meta,
      null,
      who,
      new Problem(
        'forbidden',
        'The identity provider sent no email address, and this identity is not linked to an account. ' +
          'Ask the provider admin to release the email claim.',
      ),
    );
  }
  if (id.emailVerified === false) {
    throw await refusal(
      db,
      meta,
      null,
      who,
      new Problem(
        'forbidden',
        `The identity provider has not verified the email address ${id.email}; ` +
          'Quarterdeck matches accounts by verified addresses only.',
      ),
    );
  }
  const email = id.email.toLowerCase();
  const byEmail = await findUserByEmail(db, email);
  if (byEmail) {
    if (byEmail.disabled_at) throw await refusal(db, meta, byEmail.id, who, disabled(byEmail.email));
    if (byEmail.oidc_subject !== null) {
      throw await refusal(
        db,
        meta,
        byEmail.id,
        who,
        new Problem(
          'forbidden',
          `The account for ${email} is linked to a different single sign-on identity; an admin can unlink it.`,
        ),
      );
    }
    return db.transaction().execute(async (trx) => {
      const user = (await linkOidcSubject(trx, byEmail.id, id.subject))!;
      await record(trx, actorOf(user, meta.ip, meta.requestId), {
        action: 'auth.user.oidc-link',
        targetType: 'user',
        targetId: user.id,
        details: { issuer: s.issuer, subject: id.subject },
      });
      return user;
    });
  }
  if (!s.autoProvision) {
    throw await refusal(
      db,
      meta,
      null,
      who,
      new Problem(
        'forbidden',
        `There is no Quarterdeck account for ${email}, and accounts are not created on first sign-in ` +
          '(QUARTERDECK_OIDC_AUTO_PROVISION=false). Ask an admin to create your account.',
      ),
    );
  }
  const person = await findPersonByEmail(db, email);
  if (!person) {
    throw await refusal(
      db,
      meta,
      null,
      who,
      new Problem(
        'forbidden',
        `The email ${email} is not known to this organization: it belongs to no account and no active ` +
          'person. Ask an admin to add you to the organization or to create your account.',
      ),
    );
  }
  const actor: AuditActor = { userId: null, label: who, ip: meta.ip, requestId: meta.requestId };
  return createUser(db, actor, {
    email,
    name: person.name,
    role: 'member',
    personId: person.id,
    oidcSubject: id.subject,
  });
}

function disabled(email: string): Problem {
  return new Problem('forbidden', `The Quarterdeck account ${email} is disabled.`);
}

/** Audits a refused single sign-on and returns the problem to throw. */
export async function refusal(
  db: Db,
  meta: RequestMeta,
  userId: number | null,
  label: string,
  problem: Problem,
): Promise<Problem> {
  await record(
    db,
    { userId, label, ip: meta.ip, requestId: meta.requestId },
    { action: 'auth.login.failed', details: { method: 'oidc', reason: problem.message } },
  );
  return problem;
}
