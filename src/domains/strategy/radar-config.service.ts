/**
 * The radar's shape: exactly four quadrants and its rings (innermost first, each with a stance). Used by
 * the configuration API and by the Backstage JSON import. Both writers check everything first and
 * write nothing when something is wrong, returning the problems (field and message).
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { type FieldError, Problem } from '../../platform/http/problem.js';
import { type Stance, slugKey } from './importers/radar-document.js';
import * as repo from './radar.repo.js';

export interface QuadrantInput {
  key?: string | undefined;
  name: string;
}

export interface RingInput {
  key?: string | undefined;
  name: string;
  stance: Stance;
  color?: string | null | undefined;
  description?: string | undefined;
}

export interface ConfigResult {
  changed: number;
  problems: FieldError[];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    if (seen.has(v)) return true;
    seen.add(v);
    return false;
  });
}

/** Sets the four quadrants in order (position 0 is the top right of the picture, then clockwise). */
export async function configureQuadrants(db: Db, input: QuadrantInput[]): Promise<ConfigResult> {
  const problems: FieldError[] = [];
  if (input.length !== 4)
    problems.push({ field: 'quadrants', message: `a radar has exactly 4 quadrants; got ${input.length}` });
  const keys = input.map((q) => (q.key?.trim() || slugKey(q.name)).toLowerCase());
  input.forEach((q, i) => {
    if (!q.name.trim()) problems.push({ field: `quadrants[${i}].name`, message: 'missing name' });
    else if (!keys[i]) problems.push({ field: `quadrants[${i}].key`, message: 'missing key' });
  });
  for (const d of duplicates(keys))
    problems.push({ field: 'quadrants', message: `key "${d}" is used twice` });
  for (const d of duplicates(input.map((q) => q.name.trim().toLowerCase())))
    problems.push({ field: 'quadrants', message: `name "${d}" is used twice` });
  if (problems.length) return { changed: 0, problems };
  const current = await repo.quadrants(db);
  let changed = 0;
  for (let i = 0; i < 4; i++) {
    const row = current.find((q) => q.position === i);
    const want = { key: keys[i]!, name: input[i]!.name.trim(), position: i };
    if (!row) throw new Error(`radar quadrant at position ${i} is missing`);
    if (row.key !== want.key || row.name !== want.name) {
      await repo.updateQuadrant(db, row.id, want);
      changed++;
    }
  }
  return { changed, problems };
}

/**
 * Sets the rings in order (innermost first), matched to the existing ones by key: new keys add a ring,
 * missing keys remove one — refused while entries or their history still point at it.
 */
export async function configureRings(db: Db, input: RingInput[]): Promise<ConfigResult> {
  const problems: FieldError[] = [];
  if (input.length === 0) problems.push({ field: 'rings', message: 'a radar needs at least one ring' });
  if (input.length > 8) problems.push({ field: 'rings', message: 'at most 8 rings fit on the picture' });
  const keys = input.map((r) => (r.key?.trim() || slugKey(r.name)).toLowerCase());
  input.forEach((r, i) => {
    if (!r.name.trim()) problems.push({ field: `rings[${i}].name`, message: 'missing name' });
    else if (!keys[i]) problems.push({ field: `rings[${i}].key`, message: 'missing key' });
    if (r.color && !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(r.color) && !/^[a-z]+$/i.test(r.color))
      problems.push({ field: `rings[${i}].color`, message: `"${r.color}" is not a colour (#rrggbb)` });
  });
  for (const d of duplicates(keys)) problems.push({ field: 'rings', message: `key "${d}" is used twice` });
  for (const d of duplicates(input.map((r) => r.name.trim().toLowerCase())))
    problems.push({ field: 'rings', message: `name "${d}" is used twice` });
  const current = await repo.rings(db);
  const removed = current.filter((r) => !keys.includes(r.key));
  for (const r of removed) {
    const use = await repo.ringUse(db, r.id);
    if (use > 0)
      problems.push({
        field: 'rings',
        message: `the ring "${r.name}" (key ${r.key}) still holds entries or their history (${use}); move them first`,
      });
  }
  if (problems.length) return { changed: 0, problems };
  let changed = 0;
  for (const r of removed) {
    await repo.deleteRing(db, r.id);
    changed++;
  }
  for (let i = 0; i < input.length; i++) {
    const r = input[i]!;
    const want = {
      key: keys[i]!,
      position: i,
      name: r.name.trim(),
      stance: r.stance,
      color: r.color?.trim() || null,
      description: r.description?.trim() ?? '',
    };
    const row = current.find((c) => c.key === want.key);
    if (!row) {
      await repo.insertRing(db, want);
      changed++;
    } else if (
      row.position !== want.position ||
      row.name !== want.name ||
      row.stance !== want.stance ||
      row.color !== want.color ||
      row.description !== want.description
    ) {
      await repo.updateRing(db, row.id, want);
      changed++;
    }
  }
  return { changed, problems };
}

/** The configuration API: quadrants and/or rings, in one audited transaction; refused with every problem. */
export async function configureRadar(
  db: Db,
  actor: AuditActor,
  input: { quadrants?: QuadrantInput[] | undefined; rings?: RingInput[] | undefined },
): Promise<{ changed: number }> {
  const trxWork = async (trx: Db) => {
    const problems: FieldError[] = [];
    let changed = 0;
    if (input.quadrants) {
      const q = await configureQuadrants(trx, input.quadrants);
      problems.push(...q.problems.map((p) => ({ ...p, field: `body.${p.field}` })));
      changed += q.changed;
    }
    if (input.rings && problems.length === 0) {
      const r = await configureRings(trx, input.rings);
      problems.push(...r.problems.map((p) => ({ ...p, field: `body.${p.field}` })));
      changed += r.changed;
    }
    if (problems.length) {
      const inUse = problems.some((p) => p.message.includes('still holds'));
      throw new Problem(
        inUse ? 'conflict' : 'bad-request',
        'The radar configuration was not changed.',
        problems,
      );
    }
    await record(trx, actor, {
      action: 'strategy.radar.configure',
      targetType: 'radar',
      details: {
        changed,
        quadrants: input.quadrants?.map((q) => q.name),
        rings: input.rings?.map((r) => `${r.name} (${r.stance})`),
      },
    });
    return { changed };
  };
  return db.isTransaction ? trxWork(db) : db.transaction().execute(trxWork);
}
