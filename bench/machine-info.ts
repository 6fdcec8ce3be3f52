import fs from 'node:fs';
import os from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The machine and software a benchmark run happened on, as written into BENCHMARKS.md. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  postgres: string;
  pglite: string;
}

/** PostgreSQL server the benchmarks use; a throw-away schema is created and dropped there. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function machineInfo(databaseUrl: string): Promise<MachineInfo> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})${osName()}`,
    node: process.version,
    postgres: await postgresVersion(databaseUrl),
    pglite: await pgliteVersion(),
  };
}

/** `server_version` of the server, or why it could not be read. */
export async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const res = await client.query<{ server_version: string }>('show server_version');
    return res.rows[0]?.server_version ?? 'unknown';
  } catch (err) {
    return `unreachable (${(err as Error).message || 'connection failed'})`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function pgliteVersion(): Promise<string> {
  const pkgPath = new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const { version } = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { version: string };
  const pglite = await PGlite.create();
  try {
    const res = await pglite.query<{ v: string }>("select current_setting('server_version') as v");
    return `${version} (PostgreSQL ${res.rows[0]?.v ?? '?'})`;
  } finally {
    await pglite.close();
  }
}

function osName(): string {
  try {
    const text = fs.readFileSync('/etc/os-release', 'utf8');
    const m = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text);
    return m ? `, ${m[1]}` : '';
  } catch {
    return '';
  }
}
