/** The delivery targets the scorecard checks compare with; set by an executive or admin, audited. */

import { z } from 'zod';
import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { getSetting, setSetting } from '../../platform/settings.repo.js';

export const DeliveryTargets = z.object({
  leadTimeHours: z.number().positive().describe('Median lead time for changes at most this many hours'),
  deploymentsPerWeek: z.number().positive().describe('At least this many production deployments per week'),
  changeFailureRate: z.number().min(0).max(1).describe('Change failure rate at most this share'),
  reworkRate: z.number().min(0).max(1).describe('Deployment rework rate at most this share'),
  reviewCoverage: z
    .number()
    .min(0)
    .max(1)
    .describe('At least this share of merged pull requests approved by someone else'),
});
export type DeliveryTargetsInput = z.infer<typeof DeliveryTargets>;

/** DORA 2023's "high" cluster as the starting point: lead time within a week, deployments weekly, CFR ≤ 15%. */
export const DEFAULT_TARGETS: DeliveryTargetsInput = {
  leadTimeHours: 168,
  deploymentsPerWeek: 1,
  changeFailureRate: 0.15,
  reworkRate: 0.1,
  reviewCoverage: 0.9,
};

const KEY = 'delivery.targets';

export async function deliveryTargets(db: Db): Promise<DeliveryTargetsInput> {
  return { ...DEFAULT_TARGETS, ...((await getSetting<Partial<DeliveryTargetsInput>>(db, KEY)) ?? {}) };
}

export async function saveDeliveryTargets(
  db: Db,
  actor: AuditActor,
  targets: DeliveryTargetsInput,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await setSetting(trx, KEY, targets);
    await record(trx, actor, {
      action: 'delivery.targets.update',
      targetType: 'setting',
      targetId: KEY,
      details: targets,
    });
  });
}
