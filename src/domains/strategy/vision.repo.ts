/** The vision documents and their versions (SQL only). */

import type { Generated, Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';

interface StrategyVisionsTable {
  id: Generated<number>;
  period: string;
  title: string;
  body: string;
  objectives: unknown;
  owner_person_id: number | null;
  review_on: string | null;
  version: number;
  updated_at: Generated<Date>;
  updated_by: string;
}

interface StrategyVisionVersionsTable {
  id: Generated<number>;
  vision_id: number;
  version: number;
  title: string;
  body: string;
  objectives: unknown;
  owner_person_id: number | null;
  review_on: string | null;
  saved_at: Generated<Date>;
  saved_by: string;
  saved_by_user_id: number | null;
}

declare module '../../platform/db/database.js' {
  interface Database {
    strategy_visions: StrategyVisionsTable;
    strategy_vision_versions: StrategyVisionVersionsTable;
  }
}

export type VisionRow = Selectable<StrategyVisionsTable>;
export type VisionVersionRow = Selectable<StrategyVisionVersionsTable>;

export interface VisionContent {
  title: string;
  body: string;
  objectives: string[];
  ownerPersonId: number | null;
  reviewOn: string | null;
}

export function listVisions(db: Db): Promise<VisionRow[]> {
  return db.selectFrom('strategy_visions').selectAll().orderBy('period', 'desc').execute();
}

export function findVision(db: Db, period: string): Promise<VisionRow | undefined> {
  return db.selectFrom('strategy_visions').selectAll().where('period', '=', period).executeTakeFirst();
}

export function versionsOf(db: Db, visionId: number): Promise<VisionVersionRow[]> {
  return db
    .selectFrom('strategy_vision_versions')
    .selectAll()
    .where('vision_id', '=', visionId)
    .orderBy('version', 'desc')
    .execute();
}

/** Writes the new current text and keeps it as the next version; returns the version number. */
export async function saveVision(
  db: Db,
  period: string,
  c: VisionContent,
  by: { label: string; userId: number | null },
): Promise<{ id: number; version: number }> {
  const prev = await db
    .selectFrom('strategy_visions')
    .select(['id', 'version'])
    .where('period', '=', period)
    .forUpdate()
    .executeTakeFirst();
  const values = {
    title: c.title,
    body: c.body,
    objectives: JSON.stringify(c.objectives),
    owner_person_id: c.ownerPersonId,
    review_on: c.reviewOn,
  };
  let id: number;
  let version: number;
  if (prev) {
    version = prev.version + 1;
    id = prev.id;
    await db
      .updateTable('strategy_visions')
      .set({ ...values, version, updated_at: new Date(), updated_by: by.label })
      .where('id', '=', id)
      .execute();
  } else {
    version = 1;
    const row = await db
      .insertInto('strategy_visions')
      .values({ ...values, period, version, updated_by: by.label })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  }
  await db
    .insertInto('strategy_vision_versions')
    .values({ ...values, vision_id: id, version, saved_by: by.label, saved_by_user_id: by.userId })
    .execute();
  return { id, version };
}
