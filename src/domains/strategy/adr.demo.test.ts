import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../platform/db/database.js';
import { openTestDatabase } from '../../platform/db/test-db.js';
import { DEMO_SIZES } from '../../platform/demo.js';
import { Registry } from '../../platform/modules.js';
import { orgModule } from '../org/org.module.js';
import { adrDemoStep, DEMO_ADR_COUNTS } from './adr.demo.js';
import { missingDecisions } from './adr-query.service.js';
import { radarDemoStep } from './radar.demo.js';

const handles: DbHandle[] = [];
afterEach(async () => {
  for (const h of handles.splice(0)) await h.close();
});

async function seeded(size: 's' | 'm' | 'l', seed = 42) {
  const h = await openTestDatabase();
  handles.push(h);
  const steps = [...Registry.of([orgModule]).demoSteps, radarDemoStep];
  const ctx = { db: h.db, size: DEMO_SIZES[size], seed, onProgress: () => {} };
  await h.db.transaction().execute(async (trx) => {
    for (const s of steps) await s.run({ ...ctx, db: trx });
  });
  const started = Date.now();
  const result = await h.db.transaction().execute((trx) => adrDemoStep.run({ ...ctx, db: trx }));
  return { h, result, ms: Date.now() - started };
}

const snapshot = (h: DbHandle) =>
  h.db
    .selectFrom('adrs')
    .select(['number', 'title', 'status', 'decided_on', 'deciders', 'markdown', 'superseded_by_id'])
    .orderBy('number')
    .execute();

describe('decision records demo', () => {
  it('writes realistic records for the small demo, deterministically from the seed', async () => {
    const a = await seeded('s');
    expect(a.result.counts['strategy.adrs']).toBe(DEMO_ADR_COUNTS.s);
    const rows = await snapshot(a.h);
    expect(rows).toHaveLength(DEMO_ADR_COUNTS.s);
    const b = await seeded('s');
    expect(await snapshot(b.h)).toEqual(rows);
    const c = await seeded('s', 7);
    expect(await snapshot(c.h)).not.toEqual(rows);
  }, 180_000);

  it('links services and radar entries, leaves some services without decisions, supersedes and proposes', async () => {
    const { h, ms } = await seeded('l');
    expect(ms).toBeLessThan(20_000);
    const rows = await snapshot(h);
    expect(rows).toHaveLength(DEMO_ADR_COUNTS.l);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['accepted', 'superseded', 'proposed']) expect(statuses).toContain(s);
    const superseded = rows.filter((r) => r.status === 'superseded');
    for (const r of superseded) expect(r.superseded_by_id).not.toBeNull();
    expect(superseded[0]!.markdown).toMatch(/superseded by \[ADR-\d{4}\]\(\d{4}-[a-z0-9-]+\.md\)/);
    const radar = await h.db.selectFrom('adr_radar_entries').select('entry_id').execute();
    expect(radar.length).toBeGreaterThan(rows.length / 2);
    const missing = await missingDecisions(h.db);
    expect(missing.items.length).toBeGreaterThan(0);
    expect(missing.items.length).toBeLessThan(missing.services / 2);
    expect(missing.items.some((m) => m.team !== null)).toBe(true);
    const changes = await h.db.selectFrom('adr_status_changes').select('status').execute();
    expect(changes.filter((c) => c.status === 'superseded')).toHaveLength(superseded.length);
    expect(rows.some((r) => r.markdown.includes('* Status:'))).toBe(true);
  }, 120_000);
});
