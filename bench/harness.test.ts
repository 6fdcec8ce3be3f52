import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  appendToBenchmarks,
  BENCHMARKS_INTRO,
  formatNumber,
  formatRatio,
  renderConsoleTable,
  renderMarkdownSection,
} from './bench-report.js';
import { commitsToCsv, generateCommits } from './commit-rows.js';
import { type BenchResult, median, parseArgs, ratio, summarize } from './harness.js';
import type { MachineInfo } from './machine-info.js';

describe('median and ratio', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('divides subject by baseline and refuses a zero baseline', () => {
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(1, 0)).toBeNull();
  });

  it('summarizes samples into medians, summed errors and ratios to the baseline', () => {
    const rows = summarize({ label: 'base', samples: [{ value: 100 }, { value: 300 }, { value: 200 }] }, [
      {
        label: 'subject',
        samples: [
          { value: 50, metrics: { p99: 9 }, errors: 1 },
          { value: 40, metrics: { p99: 7 } },
          { value: 60, metrics: { p99: 8 }, errors: 2 },
        ],
      },
    ]);
    expect(rows[0]).toMatchObject({ isBaseline: true, median: 200, ratio: 1, spread: 1 });
    expect(rows[1]).toMatchObject({ median: 50, ratio: 0.25, metrics: { p99: 8 }, errors: 3 });
  });
});

describe('arguments', () => {
  const known = ['bulk-load', 'api-throughput'];
  it('selects named benchmarks, all by default', () => {
    expect(parseArgs([], known).names).toEqual(known);
    expect(parseArgs(['--quick', 'api-throughput', '--no-write'], known)).toEqual({
      names: ['api-throughput'],
      quick: true,
      write: false,
      help: false,
    });
    expect(() => parseArgs(['nope'], known)).toThrow(/Unknown benchmark/);
  });
});

const machine: MachineInfo = {
  cpu: 'Test CPU',
  cores: 2,
  memory: '4.0 GiB',
  os: 'Linux',
  node: 'v20.0.0',
  postgres: '15.2',
  pglite: '0.5.16 (PostgreSQL 17.5)',
};

const result: BenchResult = {
  name: 'demo',
  title: 'a demo',
  measures: 'Measures a | pipe.',
  unit: 'req/s',
  metrics: [{ key: 'p99', label: 'p99', unit: 'ms' }],
  reportsErrors: true,
  groups: [
    {
      label: 'GET /x',
      rows: summarize({ label: 'bare', samples: [{ value: 40_000, metrics: { p99: 1 } }] }, [
        { label: 'app', samples: [{ value: 10_000, metrics: { p99: 4 } }] },
      ]),
    },
    { label: 'server', skipped: 'unreachable', rows: [] },
  ],
  notes: ['a note'],
  seconds: 3,
};

describe('rendering', () => {
  it('formats figures for people', () => {
    expect(formatNumber(123456.7)).toBe('123,457');
    expect(formatNumber(2.4567)).toBe('2.46');
    expect(formatRatio(0.01384)).toBe('0.014');
    expect(formatRatio(0.8912)).toBe('0.89');
  });

  it('renders a dated Markdown section with machine, medians and ratios', () => {
    const md = renderMarkdownSection(
      machine,
      {
        date: new Date('2026-01-02T03:04:05Z'),
        command: 'npm run bench',
        repetitions: 5,
        quick: false,
        load: { start: 0.5, end: 1.25 },
      },
      [result],
    );
    expect(md).toContain('## 2026-01-02 03:04 UTC');
    expect(md).toContain('| CPU | Test CPU, 2 cores |');
    expect(md).toContain('| load average (1 min) | 0.50 at start, 1.25 at end |');
    expect(md).toContain('### demo: a demo');
    expect(md).toContain('Measures a | pipe.');
    expect(md).toContain('| GET /x | bare (baseline) | 40,000 | 0.0% | 1 | 0 | 1.00 |');
    expect(md).toContain('|  | app | 10,000 | 0.0% | 4 | 0 | 0.25 |');
    expect(md).toContain('| server | skipped: unreachable |');
    expect(md).toContain('- a note');
    expect(renderConsoleTable(result)).toContain('app');
  });

  it('creates BENCHMARKS.md with its introduction, then appends', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-bench-'));
    const file = pathToFileURL(path.join(dir, 'BENCHMARKS.md'));
    appendToBenchmarks('## first\n', file);
    appendToBenchmarks('## second\n', file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith(BENCHMARKS_INTRO)).toBe(true);
    expect(text.indexOf('## first')).toBeLessThan(text.indexOf('## second'));
    fs.rmSync(dir, { recursive: true });
  });
});

describe('commit rows', () => {
  it('are deterministic and quote CSV fields that need it', () => {
    const rows = generateCommits(200);
    expect(generateCommits(200)).toEqual(rows);
    const csv = commitsToCsv([{ ...rows[0]!, message: 'Fix "x", y\nbody' }]);
    expect(csv).toContain(',"Fix ""x"", y\nbody"\n');
  });
});
