/**
 * The technical vision: one markdown document per period, versioned (every save keeps the text as a
 * new version, with who saved it), with an owner, a review date and the business objectives it serves.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, notFound } from '../../platform/http/problem.js';
import { personNames } from '../org/org-lookup.service.js';
import { assertMayChange } from './direction-access.service.js';
import { periodSpan, type VisionState, visionState } from './metrics/vision-review.js';
import * as repo from './vision.repo.js';

export const today = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);

export interface VisionOutput {
  period: string;
  title: string;
  body: string;
  objectives: string[];
  owner: { id: number; name: string } | null;
  reviewOn: string | null;
  state: VisionState;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

async function shape(db: Db, rows: repo.VisionRow[]): Promise<VisionOutput[]> {
  const names = await personNames(
    db,
    rows.map((r) => r.owner_person_id).filter((x): x is number => x !== null),
  );
  return rows.map((r) => ({
    period: r.period,
    title: r.title,
    body: r.body,
    objectives: (r.objectives as string[]) ?? [],
    owner:
      r.owner_person_id === null
        ? null
        : { id: r.owner_person_id, name: names.get(r.owner_person_id) ?? `#${r.owner_person_id}` },
    reviewOn: r.review_on,
    state: visionState(r.period, r.review_on, today()),
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  }));
}

export async function listVisions(db: Db): Promise<VisionOutput[]> {
  return shape(db, await repo.listVisions(db));
}

export async function getVision(db: Db, period: string) {
  const row = await repo.findVision(db, period);
  if (!row) throw notFound(`The vision of ${period}`);
  const [vision] = await shape(db, [row]);
  const versions = await repo.versionsOf(db, row.id);
  const names = await personNames(
    db,
    versions.map((v) => v.owner_person_id).filter((x): x is number => x !== null),
  );
  return {
    ...vision!,
    versions: versions.map((v) => ({
      version: v.version,
      title: v.title,
      body: v.body,
      objectives: (v.objectives as string[]) ?? [],
      owner: v.owner_person_id === null ? null : (names.get(v.owner_person_id) ?? `#${v.owner_person_id}`),
      reviewOn: v.review_on,
      savedAt: v.saved_at.toISOString(),
      savedBy: v.saved_by,
    })),
  };
}

/** Saves the vision of a period (creating it on the first save); leaders only. */
export async function saveVision(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  period: string,
  input: repo.VisionContent,
) {
  await assertMayChange(db, principal, [], 'vision');
  if (!periodSpan(period))
    throw badRequest('A period is a year (2026), a half (2026-H2) or a quarter (2026-Q3).', [
      { field: 'params.period', message: `"${period}" is not a period` },
    ]);
  if (input.ownerPersonId !== null && (await personNames(db, [input.ownerPersonId])).size === 0)
    throw badRequest('The owner is not a known person.', [
      { field: 'body.ownerPersonId', message: `no person ${input.ownerPersonId}` },
    ]);
  const saved = await db.transaction().execute(async (trx) => {
    const s = await repo.saveVision(trx, period, input, { label: actor.label, userId: actor.userId });
    await record(trx, actor, {
      action: 'strategy.vision.save',
      targetType: 'vision',
      targetId: period,
      details: { version: s.version, title: input.title, objectives: input.objectives.length },
    });
    return s;
  });
  return { ...(await getVision(db, period)), saved: saved.version };
}
