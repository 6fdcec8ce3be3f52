import fs from 'node:fs';
import type { BenchResult, VariantResult } from './harness.js';
import type { MachineInfo } from './machine-info.js';

export const BENCHMARKS_FILE = new URL('../BENCHMARKS.md', import.meta.url);

export interface RunInfo {
  date: Date;
  command: string;
  repetitions: number;
  quick: boolean;
  /** 1-minute load average at the start and end of the run: other work on the machine adds noise. */
  load?: { start: number; end: number };
}

export const BENCHMARKS_INTRO = `# Benchmarks

Speed in Quarterdeck is measured by \`npm run bench\`, never by timed tests. Every benchmark runs
its subject next to a **baseline** measured in the same run on the same machine, and the result
worth comparing between runs is the **ratio** to that baseline, not the raw figure.

How to run:

\`\`\`sh
npm run bench                       # every benchmark; appends a section to this file
npm run bench -- bulk-load          # only the named benchmark(s): bulk-load, api-throughput
npm run bench -- --quick            # fewer repetitions and shorter load tests
npm run bench -- --no-write         # print the table, leave this file alone
BENCH_DATABASE_URL=postgres://… npm run bench   # another PostgreSQL server (default: 127.0.0.1:5432/test)
\`\`\`

How to read a section: each variant is run once to warm up, then several times (5, or 3 with
\`--quick\`), alternating with its baseline; the tables show the **median** of those runs and the
**spread** ((max − min) ÷ median, the noise to expect). The **ratio** is the subject's median
divided by the baseline's median; every headline figure is a throughput (higher is better), so
a ratio of 1.00 means as fast as the baseline, 0.50 means half its throughput (twice as slow), and
a ratio that drops between runs on comparable machines is a regression. Raw figures depend on the
machine; ratios travel better, though not perfectly (a 2-core machine shares its cores between the
load generator and the server). A high spread or load average means other work disturbed the run. Sections are appended, newest last; the lead commits them.
`;

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A figure for people: thousands separated, three significant digits below 100. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 100) return nf.format(value);
  return Number(value.toPrecision(3)).toString();
}

export function formatRatio(value: number | null): string {
  if (value === null) return '–';
  if (value >= 10) return value.toFixed(1);
  return value >= 0.1 ? value.toFixed(2) : Number(value.toPrecision(2)).toString();
}

export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function headers(result: BenchResult): string[] {
  return [
    '',
    'variant',
    `median ${result.unit}`,
    'spread',
    ...result.metrics.map((m) => `${m.label} ${m.unit}`),
    ...(result.reportsErrors ? ['errors'] : []),
    'ratio',
  ];
}

function cells(result: BenchResult, groupLabel: string, row: VariantResult): string[] {
  return [
    groupLabel,
    row.isBaseline ? `${row.label} (baseline)` : row.label,
    formatNumber(row.median),
    formatPercent(row.spread),
    ...result.metrics.map((m) => formatNumber(row.metrics[m.key] ?? Number.NaN)),
    ...(result.reportsErrors ? [String(row.errors)] : []),
    formatRatio(row.ratio),
  ];
}

function tableRows(result: BenchResult): string[][] {
  const rows: string[][] = [];
  for (const group of result.groups) {
    if (group.skipped) {
      const blank = headers(result).map(() => '');
      blank[0] = group.label;
      blank[1] = `skipped: ${group.skipped}`;
      rows.push(blank);
      continue;
    }
    group.rows.forEach((row, i) => {
      rows.push(cells(result, i === 0 ? group.label : '', row));
    });
  }
  return rows;
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The dated section of one run, appended to BENCHMARKS.md. */
export function renderMarkdownSection(machine: MachineInfo, run: RunInfo, results: BenchResult[]): string {
  const date = run.date.toISOString().replace('T', ' ').slice(0, 16);
  const lines = [
    `## ${date} UTC`,
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${escapeCell(machine.cpu)}, ${machine.cores} cores |`,
    `| memory | ${machine.memory} |`,
    `| OS | ${escapeCell(machine.os)} |`,
    `| Node.js | ${machine.node} |`,
    `| PostgreSQL server | ${escapeCell(machine.postgres)} |`,
    `| PGlite | ${escapeCell(machine.pglite)} |`,
    `| run | \`${run.command}\`: ${run.repetitions} repetitions after a warm-up${run.quick ? ' (quick)' : ''} |`,
    ...(run.load
      ? [
          `| load average (1 min) | ${run.load.start.toFixed(2)} at start, ${run.load.end.toFixed(2)} at end |`,
        ]
      : []),
    '',
  ];
  for (const result of results) {
    lines.push(`### ${result.name}: ${result.title}`, '', result.measures, '');
    if (result.failure) {
      lines.push(`**Failed:** ${escapeCell(result.failure.split('\n')[0] ?? '')}`, '');
    }
    if (result.groups.length > 0) {
      const head = headers(result);
      lines.push(
        `| ${head.join(' | ')} |`,
        `|${head.map((_, i) => (i >= 2 ? '---:' : '---')).join('|')}|`,
        ...tableRows(result).map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
        '',
      );
    }
    for (const note of result.notes) lines.push(`- ${note}`);
    if (result.notes.length > 0) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Appends a section to BENCHMARKS.md, creating the file with its introduction when missing. */
export function appendToBenchmarks(section: string, file: URL = BENCHMARKS_FILE): void {
  if (!fs.existsSync(file)) fs.writeFileSync(file, BENCHMARKS_INTRO);
  const current = fs.readFileSync(file, 'utf8');
  const separator = current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n';
  fs.appendFileSync(file, `${separator}${section}`);
}

/** The same results as an aligned plain-text table for the terminal. */
export function renderConsoleTable(result: BenchResult): string {
  const out = [`${result.name}: ${result.title}  (${result.seconds.toFixed(0)} s)`];
  if (result.failure) out.push(`  FAILED: ${result.failure}`);
  const rows = [headers(result), ...tableRows(result)];
  if (rows.length > 1) {
    // A skipped group's reason runs on past the columns instead of widening them.
    const measured = rows.filter((r) => !r[1]?.startsWith('skipped: '));
    const widths = rows[0]!.map((_, c) => Math.max(...measured.map((r) => r[c]?.length ?? 0)));
    for (const r of rows) {
      if (r[1]?.startsWith('skipped: ')) {
        out.push(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]}`);
        continue;
      }
      out.push(
        `  ${r.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')}`,
      );
    }
  }
  for (const note of result.notes) out.push(`  · ${note}`);
  return out.join('\n');
}

/** One status line that rewrites itself on a terminal and prints line by line otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let shown = false;
  const clock = () => {
    const s = Math.floor((Date.now() - started) / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  return {
    update(message: string) {
      const line = `[${clock()}] ${message}`;
      if (stream.isTTY) {
        const width = stream.columns ?? 100;
        stream.write(`\r\x1b[2K${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}`);
        shown = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    clear() {
      if (shown && stream.isTTY) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
