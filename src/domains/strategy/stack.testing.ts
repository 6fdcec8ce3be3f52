/**
 * For tests of the stack inventory: a radar holding the demo technologies, written straight into the
 * radar's tables as a demo step (the radar part's own demo may place them differently), so the stack's
 * tests do not depend on how the radar is seeded.
 */
import { sql } from 'kysely';
import type { DomainModule } from '../../platform/modules.js';
import { DEMO_QUADRANTS, DEMO_RINGS, DEMO_TECHNOLOGIES } from './strategy-demo-tech.js';

export const stackTestRadarModule: DomainModule = {
  name: 'stack-test-radar',
  register(r) {
    r.demo({
      name: 'test radar',
      async run({ db }): Promise<{ counts: Record<string, number> }> {
        if ((await db.selectFrom('radar_entries').select('id').limit(1).execute()).length)
          return { counts: {} };
        // replace the default quadrants and rings of a fresh database with the demo's
        await sql`delete from radar_rings`.execute(db);
        await sql`delete from radar_quadrants`.execute(db);
        for (const [i, q] of DEMO_QUADRANTS.entries()) {
          const key = q.toLowerCase().replace(/[^a-z]+/g, '-');
          await sql`insert into radar_quadrants (key, position, name) values (${key}, ${i}, ${q})`.execute(
            db,
          );
        }
        for (const [i, ring] of DEMO_RINGS.entries()) {
          await sql`insert into radar_rings (key, position, name, stance)
            values (${ring.toLowerCase()}, ${i}, ${ring}, ${ring.toLowerCase()})`.execute(db);
        }
        for (const t of DEMO_TECHNOLOGIES) {
          await sql`insert into radar_entries (key, name, quadrant_id, ring_id)
            select ${t.key}, ${t.name}, q.id, r.id from radar_quadrants q, radar_rings r
            where q.name = ${t.quadrant} and r.name = ${t.ring}`.execute(db);
        }
        return { counts: { entries: DEMO_TECHNOLOGIES.length } };
      },
    });
  },
};
