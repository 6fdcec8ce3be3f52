import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { generateBackstageCatalog } from '../src/domains/org/importers/backstage-generate.js';
import { modules } from '../src/modules.js';
import type { Database, DbHandle } from '../src/platform/db/database.js';
import { openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { PGliteDialect } from '../src/platform/db/pglite-dialect.js';
import { runImport } from '../src/platform/imports/imports.service.js';
import { Registry } from '../src/platform/modules.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const SIZE = { users: 5000, groups: 500, components: 10_000 };
const actor = { userId: null, label: 'bench' };

/** The rows an import ends with, as CSV per table: what the COPY baseline loads. */
interface TableDump {
  table: string;
  columns: string[];
  csv: string;
  rows: number;
}

const DUMPED: { table: string; columns: string[] }[] = [
  { table: 'teams', columns: ['id', 'slug', 'name', 'kind', 'parent_id', 'source'] },
  {
    table: 'people',
    columns: ['id', 'email', 'name', 'title', 'role', 'status', 'catalog_name', 'github_login', 'source'],
  },
  { table: 'team_members', columns: ['team_id', 'person_id', 'is_primary', 'is_lead'] },
  { table: 'person_history', columns: ['person_id', 'valid_from', 'team_id', 'role', 'status', 'source'] },
  {
    table: 'catalog_entities',
    columns: [
      'id',
      'kind',
      'namespace',
      'name',
      'title',
      'description',
      'type',
      'lifecycle',
      'owner_ref',
      'owner_team_id',
      'parent_id',
      'tags',
      'annotations',
      'source',
    ],
  },
  { table: 'catalog_relations', columns: ['from_id', 'type', 'to_id'] },
  { table: 'identities', columns: ['kind', 'value', 'display_name', 'person_id', 'match_method'] },
];

/** Reads the imported tables back as CSV (COPY … TO, through the pg driver's text rows). */
async function dumpTables(db: Kysely<Database>): Promise<TableDump[]> {
  const out: TableDump[] = [];
  for (const { table, columns } of DUMPED) {
    const r = await sql<{ line: string }>`
      select concat_ws(',', ${sql.join(columns.map((c) => sql`quote_nullable(${sql.ref(c)}::text)`))}) as line from ${sql.table(table)}`.execute(
      db,
    );
    // quote_nullable gives SQL literals ('x', NULL); turn them into CSV fields.
    const lines = r.rows.map((x) =>
      x.line.replace(/(?:^|,)(?:NULL|E?'((?:[^']|'')*)')/g, (m, v: string | undefined) => {
        const lead = m.startsWith(',') ? ',' : '';
        return v === undefined ? lead : `${lead}"${v.replaceAll("''", "'").replaceAll('"', '""')}"`;
      }),
    );
    out.push({ table, columns, csv: `${lines.join('\n')}\n`, rows: lines.length });
  }
  return out;
}

function copyWithPsql(url: string, schema: string, dump: TableDump): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy ${quoteIdent(schema)}.${dump.table} (${dump.columns.join(', ')}) from pstdin with (format csv)`,
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`psql \\copy ${dump.table}: ${stderr.trim()}`)),
    );
    child.stdin.end(dump.csv);
  });
}

interface Backend {
  /** A fresh, migrated, empty database. */
  fresh(): Promise<{ handle: DbHandle; copy(dump: TableDump): Promise<void>; close(): Promise<void> }>;
}

function pgliteBackend(): Backend {
  return {
    async fresh() {
      const pglite = await PGlite.create();
      const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
      const handle: DbHandle = {
        db,
        backend: 'pglite',
        schema: 'public',
        poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
        close: async () => {
          await db.destroy();
          await pglite.close();
        },
      };
      await migrate(handle);
      return {
        handle,
        copy: async (d) => {
          await pglite.query(
            `copy ${d.table} (${d.columns.join(', ')}) from '/dev/blob' with (format csv)`,
            [],
            { blob: new Blob([d.csv]) },
          );
        },
        close: () => handle.close(),
      };
    },
  };
}

function postgresBackend(url: string): Backend {
  return {
    async fresh() {
      const schema = `qd_bench_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${quoteIdent(schema)}`);
      const handle = await openDatabase({ databaseUrl: url, schema, poolSize: 2 });
      await migrate(handle);
      return {
        handle,
        copy: (d) => copyWithPsql(url, schema, d),
        close: async () => {
          await handle.close();
          await admin.query(`drop schema ${quoteIdent(schema)} cascade`);
          await admin.end();
        },
      };
    },
  };
}

function importVariant(backend: Backend, file: string, registry: Registry): Variant {
  return {
    label: 'quarterdeck import backstage (read, validate, resolve, write)',
    async run(): Promise<Sample> {
      const db = await backend.fresh();
      try {
        const started = performance.now();
        const report = await runImport(db.handle.db, registry, actor, {
          kind: 'backstage',
          path: file,
          options: {},
        });
        const seconds = (performance.now() - started) / 1000;
        if (report.counts['people created'] !== SIZE.users)
          throw new Error(`imported ${report.counts['people created']} people`);
        return { value: 1 / seconds, metrics: { seconds } };
      } finally {
        await db.close();
      }
    },
  };
}

function copyVariant(backend: Backend, dumps: TableDump[]): Variant {
  return {
    label: `COPY of the same rows (${dumps.map((d) => `${d.rows.toLocaleString('en-US')} ${d.table}`).join(', ')})`,
    async run(): Promise<Sample> {
      const db = await backend.fresh();
      try {
        const started = performance.now();
        for (const d of dumps) await db.copy(d);
        const seconds = (performance.now() - started) / 1000;
        return { value: 1 / seconds, metrics: { seconds } };
      } finally {
        await db.close();
      }
    },
  };
}

export const orgCatalogBenchmark: Benchmark = {
  name: 'org-catalog',
  title: `importing a Backstage catalog of ${SIZE.users.toLocaleString('en-US')} users, ${SIZE.groups} groups and ${SIZE.components.toLocaleString('en-US')} components`,
  measures:
    'Imports one generated multi-document catalog-info.yaml (users with e-mails and GitHub logins, a department → ' +
    'group → team tree, components in systems and domains with owners, APIs, resources and dependsOn) into a fresh, ' +
    'migrated, empty database through the same path as `quarterdeck import backstage`: reading and validating the ' +
    'YAML, resolving every relation, and writing teams, people, memberships, dated history, identities, entities, ' +
    'relations and repositories in one transaction, recorded as a job. Baseline: `COPY … FROM` (CSV) of the rows ' +
    'that import ends with, table by table, on the same backend, without indexes dropped. Figure: imports/s; ' +
    'seconds per import; ratio = import ÷ COPY. Targets: under 10 s on PGlite, under 5 s on PostgreSQL.',
  unit: 'imports/s',
  metrics: [{ key: 'seconds', label: 'time', unit: 's' }],
  async open(_options, progress) {
    progress('generating the catalog');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-bench-catalog-'));
    const file = path.join(dir, 'catalog-info.yaml');
    const yaml = generateBackstageCatalog({ ...SIZE, seed: 1 });
    await fs.writeFile(file, yaml);
    const registry = Registry.of(modules);
    const groups: Group[] = [];
    const notes = [
      `Catalog: ${(Buffer.byteLength(yaml) / 1e6).toFixed(1)} MB, ${yaml.split('\n---').length.toLocaleString('en-US')} documents.`,
    ];
    const backends: [string, Backend][] = [['PGlite (in memory)', pgliteBackend()]];
    const version = await postgresVersion(BENCH_DATABASE_URL);
    if (version.startsWith('unreachable'))
      groups.push({ label: 'PostgreSQL server', skipped: `${BENCH_DATABASE_URL} is ${version}` });
    else backends.push([`PostgreSQL ${version}`, postgresBackend(BENCH_DATABASE_URL)]);
    for (const [label, backend] of backends) {
      progress(`${label}: one import to learn the rows COPY loads`);
      const db = await backend.fresh();
      let dumps: TableDump[];
      try {
        await runImport(db.handle.db, registry, actor, { kind: 'backstage', path: file, options: {} });
        dumps = await dumpTables(db.handle.db);
      } finally {
        await db.close();
      }
      groups.unshift({
        label,
        baseline: copyVariant(backend, dumps),
        variants: [importVariant(backend, file, registry)],
      });
    }
    groups.reverse();
    notes.push(
      'Each run starts from a fresh database (migrations applied outside the timing); PostgreSQL runs in a throw-away schema; COPY on PostgreSQL goes through `psql \\copy`, so it includes starting psql once per table.',
    );
    return {
      groups,
      notes,
      close: async () => {
        await fs.rm(dir, { recursive: true, force: true });
      },
    };
  },
};
