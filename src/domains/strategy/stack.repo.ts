/** The stack inventory's tables (SQL only): scanned files, components, runtimes, languages, scans, mappings, EOL cycles. */

import { type Generated, sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import { upsert } from './stack-match.js';

interface StackFilesTable {
  id: Generated<number>;
  repository_id: number;
  path: string;
  kind: string;
  content_hash: string;
  warnings: Generated<unknown>;
  scanned_at: Generated<Date>;
}
interface StackComponentsTable {
  id: Generated<number>;
  repository_id: number;
  file_id: number | null;
  source: 'manifest' | 'sbom';
  ecosystem: string;
  name: string;
  version: string | null;
  requirement: string | null;
  scope: string | null;
  direct: boolean;
  file: string;
  line: number | null;
}
interface StackRuntimesTable {
  id: Generated<number>;
  repository_id: number;
  file_id: number;
  product: string;
  cycle: string;
  version: string;
  file: string;
  line: number | null;
}
interface StackLanguagesTable {
  repository_id: number;
  language: string;
  bytes: number;
  files: number;
}
interface StackScansTable {
  repository_id: number;
  source: 'git' | 'folder' | 'demo';
  location: string | null;
  tree_hash: string | null;
  files: number;
  parsed: number;
  warnings: number;
  scanned_at: Generated<Date>;
}
interface StackMappingsTable {
  id: Generated<number>;
  ecosystem: string;
  pattern: string;
  entry_key: string;
  position: number;
}
interface StackEolCyclesTable {
  product: string;
  cycle: string;
  release_date: string | null;
  eol: string | null;
  eol_flag: boolean;
  latest: string | null;
  imported_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    stack_files: StackFilesTable;
    stack_components: StackComponentsTable;
    stack_runtimes: StackRuntimesTable;
    stack_languages: StackLanguagesTable;
    stack_scans: StackScansTable;
    stack_mappings: StackMappingsTable;
    stack_eol_cycles: StackEolCyclesTable;
  }
}

export interface StoredFile {
  id: number;
  path: string;
  hash: string;
}

/** Every stored file of these repositories, by repository then path. */
export async function storedFiles(
  db: Db,
  repositoryIds: number[],
): Promise<Map<number, Map<string, StoredFile>>> {
  const out = new Map<number, Map<string, StoredFile>>();
  if (repositoryIds.length === 0) return out;
  const rows = await db
    .selectFrom('stack_files')
    .select(['id', 'repository_id', 'path', 'content_hash'])
    .where('repository_id', 'in', repositoryIds)
    .execute();
  for (const r of rows) {
    const m = upsert(out, r.repository_id, () => new Map());
    m.set(r.path, { id: Number(r.id), path: r.path, hash: r.content_hash });
  }
  return out;
}

export async function deleteFiles(db: Db, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 5000) {
    await db
      .deleteFrom('stack_files')
      .where('id', 'in', ids.slice(i, i + 5000))
      .execute();
  }
}

export interface NewFile {
  repository_id: number;
  path: string;
  kind: string;
  content_hash: string;
  warnings: { line: number | null; message: string }[];
}
export type NewComponent = Omit<StackComponentsTable, 'id' | 'file_id' | 'source'> & { path: string };
export type NewRuntime = Omit<StackRuntimesTable, 'id' | 'file_id'> & { path: string };

/** Inserts files, then their components and runtimes (matched to the new file ids by repository and path). */
export async function insertFiles(
  db: Db,
  files: NewFile[],
  components: NewComponent[],
  runtimes: NewRuntime[],
): Promise<void> {
  if (files.length === 0) return;
  const ids = await insertJson<{ id: number | string; repository_id: number | string; path: string }>(
    db,
    'stack_files',
    files,
    {
      columns: ['repository_id', 'path', 'kind', 'content_hash', 'warnings'],
      returning: ['id', 'repository_id', 'path'],
    },
  );
  const idOf = new Map(ids.map((r) => [`${r.repository_id}\u0000${r.path}`, Number(r.id)]));
  const fileId = (x: { repository_id: number; path: string }) =>
    idOf.get(`${x.repository_id}\u0000${x.path}`);
  await insertJson(
    db,
    'stack_components',
    components.map(({ path, ...c }) => ({
      ...c,
      file_id: fileId({ repository_id: c.repository_id, path }),
      source: 'manifest',
    })),
    {
      columns: [
        'repository_id',
        'file_id',
        'source',
        'ecosystem',
        'name',
        'version',
        'requirement',
        'scope',
        'direct',
        'file',
        'line',
      ],
    },
  );
  await insertJson(
    db,
    'stack_runtimes',
    runtimes.map(({ path, ...r }) => ({ ...r, file_id: fileId({ repository_id: r.repository_id, path }) })),
    { columns: ['repository_id', 'file_id', 'product', 'cycle', 'version', 'file', 'line'] },
  );
}

export async function replaceLanguages(
  db: Db,
  repositoryIds: number[],
  rows: { repository_id: number; language: string; bytes: number; files: number }[],
): Promise<void> {
  if (repositoryIds.length)
    await db.deleteFrom('stack_languages').where('repository_id', 'in', repositoryIds).execute();
  await insertJson(db, 'stack_languages', rows, { columns: ['repository_id', 'language', 'bytes', 'files'] });
}

export type ScanRow = Omit<StackScansTable, 'scanned_at'>;

export async function upsertScans(db: Db, rows: ScanRow[]): Promise<void> {
  await insertJson(db, 'stack_scans', rows, {
    columns: ['repository_id', 'source', 'location', 'tree_hash', 'files', 'parsed', 'warnings'],
    onConflict: sql`on conflict (repository_id) do update set source = excluded.source, location = excluded.location,
      tree_hash = excluded.tree_hash, files = excluded.files, parsed = excluded.parsed,
      warnings = excluded.warnings, scanned_at = now()`,
  });
}

export async function scanStates(db: Db): Promise<Map<number, { source: string; treeHash: string | null }>> {
  const rows = await db.selectFrom('stack_scans').select(['repository_id', 'source', 'tree_hash']).execute();
  return new Map(rows.map((r) => [Number(r.repository_id), { source: r.source, treeHash: r.tree_hash }]));
}

export async function listScans(db: Db) {
  return db
    .selectFrom('stack_scans')
    .select(['repository_id', 'source', 'location', 'files', 'parsed', 'warnings', 'scanned_at'])
    .execute();
}

/** Files with problems, for the scan report and the page. */
export async function fileWarnings(db: Db, repositoryIds?: number[]) {
  let q = db
    .selectFrom('stack_files')
    .select(['repository_id', 'path', 'warnings'])
    .where(sql<boolean>`jsonb_array_length(warnings) > 0`);
  if (repositoryIds) q = q.where('repository_id', 'in', repositoryIds.length ? repositoryIds : [-1]);
  const rows = await q.orderBy('repository_id').orderBy('path').execute();
  return rows.map((r) => ({
    repositoryId: Number(r.repository_id),
    path: r.path,
    warnings: r.warnings as { line: number | null; message: string }[],
  }));
}

/** Replaces a repository's SBOM-sourced components. */
export async function replaceSbomComponents(
  db: Db,
  repositoryId: number,
  rows: Omit<NewComponent, 'path' | 'repository_id'>[],
): Promise<number> {
  const gone = await db
    .deleteFrom('stack_components')
    .where('repository_id', '=', repositoryId)
    .where('source', '=', 'sbom')
    .executeTakeFirst();
  await insertJson(
    db,
    'stack_components',
    rows.map((r) => ({ ...r, repository_id: repositoryId, source: 'sbom', file_id: null })),
    {
      columns: [
        'repository_id',
        'file_id',
        'source',
        'ecosystem',
        'name',
        'version',
        'requirement',
        'scope',
        'direct',
        'file',
        'line',
      ],
    },
  );
  return Number(gone.numDeletedRows);
}

export interface ComponentRow {
  repositoryId: number;
  ecosystem: string;
  name: string;
  version: string | null;
  requirement: string | null;
  scope: string | null;
  direct: boolean;
  file: string;
  line: number | null;
  source: 'manifest' | 'sbom';
}

export async function components(db: Db, repositoryIds: number[] | null): Promise<ComponentRow[]> {
  let q = db
    .selectFrom('stack_components')
    .select([
      'repository_id as repositoryId',
      'ecosystem',
      'name',
      'version',
      'requirement',
      'scope',
      'direct',
      'file',
      'line',
      'source',
    ]);
  if (repositoryIds) q = q.where('repository_id', 'in', repositoryIds.length ? repositoryIds : [-1]);
  const rows = await q.orderBy('repository_id').orderBy('file').orderBy('line').execute();
  return rows.map((r) => ({ ...r, repositoryId: Number(r.repositoryId) }));
}

export async function runtimes(db: Db, repositoryIds: number[] | null) {
  let q = db
    .selectFrom('stack_runtimes')
    .select(['repository_id', 'product', 'cycle', 'version', 'file', 'line']);
  if (repositoryIds) q = q.where('repository_id', 'in', repositoryIds.length ? repositoryIds : [-1]);
  const rows = await q.orderBy('repository_id').orderBy('file').execute();
  return rows.map((r) => ({ ...r, repository_id: Number(r.repository_id) }));
}

export async function languages(db: Db, repositoryIds: number[] | null) {
  let q = db.selectFrom('stack_languages').select(['repository_id', 'language', 'bytes', 'files']);
  if (repositoryIds) q = q.where('repository_id', 'in', repositoryIds.length ? repositoryIds : [-1]);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, repository_id: Number(r.repository_id), bytes: Number(r.bytes) }));
}

export interface MappingRow {
  ecosystem: string;
  pattern: string;
  entryKey: string;
  position: number;
}

export async function listMappings(db: Db): Promise<MappingRow[]> {
  return db
    .selectFrom('stack_mappings')
    .select(['ecosystem', 'pattern', 'entry_key as entryKey', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function replaceMappings(db: Db, rows: MappingRow[]): Promise<void> {
  await db.deleteFrom('stack_mappings').execute();
  await insertJson(
    db,
    'stack_mappings',
    rows.map((r) => ({
      ecosystem: r.ecosystem,
      pattern: r.pattern,
      entry_key: r.entryKey,
      position: r.position,
    })),
    { columns: ['ecosystem', 'pattern', 'entry_key', 'position'] },
  );
}

export async function importedEolCycles(db: Db) {
  return db
    .selectFrom('stack_eol_cycles')
    .select(['product', 'cycle', 'release_date', 'eol', 'eol_flag', 'latest'])
    .orderBy('product')
    .execute();
}

export async function replaceEolProducts(
  db: Db,
  rows: Omit<StackEolCyclesTable, 'imported_at'>[],
): Promise<void> {
  const products = [...new Set(rows.map((r) => r.product))];
  if (products.length) await db.deleteFrom('stack_eol_cycles').where('product', 'in', products).execute();
  await insertJson(db, 'stack_eol_cycles', rows, {
    columns: ['product', 'cycle', 'release_date', 'eol', 'eol_flag', 'latest'],
  });
}
