import { type RawBuilder, sql } from 'kysely';
import type { Db } from './database.js';

/**
 * Rows as one JSON parameter, expanded by the database into typed rows with `json_populate_recordset`
 * against the table's own row type (arrays and jsonb included). On PGlite this is several times faster
 * than a multi-row INSERT with one bind parameter per value, and it has no 65,535-parameter limit.
 * Only the given columns are set; the others take their defaults.
 */
export function jsonRows(
  table: string,
  columns: readonly string[],
  rows: readonly object[],
): RawBuilder<unknown> {
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  const json = JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null]))),
  );
  return sql`select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`;
}

const CHUNK = 5000;

/** `insert into table (columns) select … from json_populate_recordset(…)`, in chunks; returns the asked columns. */
export async function insertJson<R = unknown>(
  db: Db,
  table: string,
  rows: readonly object[],
  options: {
    columns?: readonly string[];
    /** Column names, or expressions such as sql`(xmax = 0) as inserted`. */
    returning?: readonly (string | RawBuilder<unknown>)[];
    onConflict?: RawBuilder<unknown>;
  } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = options.columns ?? Object.keys(rows[0]!);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const r = await sql<R>`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      ${jsonRows(table, columns, part)}
      ${options.onConflict ?? sql``}
      ${options.returning ? sql`returning ${sql.join(options.returning.map((c) => (typeof c === 'string' ? sql.ref(c) : c)))}` : sql``}`.execute(
      db,
    );
    out.push(...r.rows);
  }
  return out;
}
