import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const LOG = join(import.meta.dirname, 'importers', 'madr-fixtures', 'log');
const BIN = resolve(import.meta.dirname, '..', '..', '..', 'bin', 'quarterdeck.js');
const dir = mkdtempSync(join(tmpdir(), 'qd-adr-cli-'));
const { DATABASE_URL: _pg, ...inherited } = process.env;
const env = { ...inherited, QUARTERDECK_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
const cli = (...args: string[]) => run(process.execPath, [BIN, ...args], { env, cwd: dir });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quarterdeck import adr / export adrs', () => {
  it('imports a folder and exports the same files, byte for byte, with --json', async () => {
    const imported = await cli('import', 'adr', LOG, '--json');
    expect(JSON.parse(imported.stdout)).toMatchObject({ counts: { created: 5, skipped: 2 } });
    const out = join(dir, 'out');
    const exported = JSON.parse((await cli('export', 'adrs', out, '--json')).stdout) as {
      folder: string;
      files: { number: number; path: string }[];
    };
    expect(exported.files.map((f) => f.number)).toEqual([1, 2, 3, 4, 5]);
    expect(readdirSync(out).sort()).toEqual(exported.files.map((f) => f.path).sort());
    for (const f of exported.files)
      expect(readFileSync(join(out, f.path), 'utf8')).toBe(readFileSync(join(LOG, f.path), 'utf8'));
    const plain = await cli('export', 'adrs', out);
    expect(plain.stdout).toMatch(/^Wrote 5 decision records to /);
  }, 120_000);
});
