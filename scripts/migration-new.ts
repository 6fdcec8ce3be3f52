import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../src/platform/db/migrate.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run migration:new <snake_case_name>');
  process.exit(1);
}
const d = new Date();
const p = (n: number) => String(n).padStart(2, '0');
const stamp = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
const existing = fs.readdirSync(MIGRATIONS_DIR).sort();
const last = existing[existing.length - 1]?.slice(0, 14);
if (last && last >= stamp) {
  console.error(`The newest migration (${last}) is not older than ${stamp}; check the clock.`);
  process.exit(1);
}
const file = path.join(MIGRATIONS_DIR, `${stamp}_${name}.sql`);
fs.writeFileSync(
  file,
  `-- ${name}\n-- Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).\n\n`,
);
console.log(path.relative(process.cwd(), file));
