/**
 * `COPY … FROM` for the billing import, on both backends, through the caller's kysely connection (so it
 * runs inside the caller's transaction):
 * - PostgreSQL (node-postgres): `COPY … FROM STDIN`, the data sent by a small pg "Submittable" (the
 *   extension point pg-cursor and pg-query-stream use) speaking the copy-in sub-protocol with the
 *   connection's own `sendCopyFromChunk` / `endCopyFrom` — the same calls pg-copy-streams makes, without
 *   the dependency (docs/adr/0020-copy-for-billing-lines.md). The object is also a thenable, so kysely's
 *   `await client.query(…)` waits for the COPY to finish and gets its errors.
 * - PGlite: `COPY … FROM '/dev/blob'` with the `blob` query option.
 * Data is PostgreSQL's COPY text format: tab-separated, `\N` for null, backslash escapes.
 */
import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import type { Db } from '../../platform/db/database.js';

const SPECIAL = /[\\\n\r\t]/;
const SPECIAL_ALL = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value as a field of COPY text format (null -> `\N`; objects as JSON, for jsonb columns). */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? value instanceof Date
          ? value.toISOString()
          : JSON.stringify(value)
        : String(value);
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c] as string) : text;
}

/** A text (or null) as a field of COPY text format: `copyField` for the values the billing import has most. */
export function copyString(text: string | null): string {
  if (text === null) return '\\N';
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c] as string) : text;
}

/** Rows as COPY text: one line per row, fields in `columns` order. */
export function copyText(rows: readonly object[], columns: readonly string[]): string {
  const lines = new Array<string>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<string, unknown>;
    let line = copyField(row[columns[0] as string]);
    for (let c = 1; c < columns.length; c++) line += `\t${copyField(row[columns[c] as string])}`;
    lines[r] = line;
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

interface PgCopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

const CHUNK_BYTES = 1 << 20;

/** A node-postgres Submittable running one `COPY … FROM STDIN` with the given data; awaitable. */
class CopyIn {
  rowCount = 0;
  private readonly done: Promise<{ command: string; rowCount: number; rows: [] }>;
  private settle!: (e: Error | undefined) => void;

  constructor(
    private readonly text: string,
    private readonly data: Buffer,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = (e) => (e ? reject(e) : resolve({ command: 'COPY', rowCount: this.rowCount, rows: [] }));
    });
  }
  submit(connection: PgCopyConnection): void {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: PgCopyConnection): void {
    for (let i = 0; i < this.data.length; i += CHUNK_BYTES)
      connection.sendCopyFromChunk(this.data.subarray(i, i + CHUNK_BYTES));
    connection.endCopyFrom();
  }
  handleCommandComplete(msg: { text?: string }): void {
    const n = /^COPY (\d+)/.exec(msg.text ?? '');
    if (n) this.rowCount = Number(n[1]);
  }
  // pg hands an error to the active query and then forgets it: ReadyForQuery never reaches us after one.
  handleError(err: Error): void {
    this.settle(err);
  }
  handleReadyForQuery(): void {
    this.settle(undefined);
  }
  // Messages a COPY FROM never gets; present because pg calls whatever the active query is sent.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
  // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, so that `await client.query(this)` waits.
  then<T>(
    onFulfilled: (v: { command: string; rowCount: number; rows: [] }) => T,
    onRejected?: (e: unknown) => T,
  ): Promise<T> {
    return this.done.then(onFulfilled, onRejected);
  }
}

function pgliteOf(conn: DatabaseConnection): PGlite | undefined {
  return (conn as unknown as { pglite?: PGlite }).pglite;
}

/** Whether `db` is the embedded database (PGlite), which runs in this thread rather than beside it. */
export function isEmbedded(db: Db): Promise<boolean> {
  return db.getExecutor().provideConnection(async (conn) => pgliteOf(conn) !== undefined);
}

/**
 * `COPY table (columns) FROM …` of COPY-text `data` on `db`'s connection (the caller's transaction when
 * `db` is one). Returns the number of rows the database reports.
 */
export async function copyInto(
  db: Db,
  table: string,
  columns: readonly string[],
  data: string | Buffer,
): Promise<number> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = `${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`;
  return db.getExecutor().provideConnection(async (conn) => {
    const pglite = pgliteOf(conn);
    if (pglite) {
      const result = await pglite.query(`copy ${target} from '/dev/blob'`, [], {
        blob: new Blob([bytes]),
      });
      return result.affectedRows ?? 0;
    }
    const copy = new CopyIn(`copy ${target} from stdin`, bytes);
    const query = CompiledQuery.raw('');
    await conn.executeQuery({ ...query, sql: copy as unknown as string });
    return copy.rowCount;
  });
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
