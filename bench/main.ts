/** Entry of `npm run bench` (see bin/quarterdeck-bench.js and BENCHMARKS.md). */
import os from 'node:os';
import { apiThroughputBenchmark } from './api-throughput.bench.js';
import {
  appendToBenchmarks,
  BENCHMARKS_FILE,
  createProgress,
  renderConsoleTable,
  renderMarkdownSection,
} from './bench-report.js';
import { bulkLoadBenchmark } from './bulk-load.bench.js';
import { costExplorerBenchmark } from './cost-explorer.bench.js';
import { costImportBenchmark } from './cost-import.bench.js';
import { deliveryGitBenchmark } from './delivery-git.bench.js';
import { deliveryMetricsBenchmark } from './delivery-metrics.bench.js';
import {
  type Benchmark,
  type BenchResult,
  DEFAULT_REPETITIONS,
  hasProblems,
  parseArgs,
  QUICK_REPETITIONS,
  runBenchmark,
} from './harness.js';
import { BENCH_DATABASE_URL, machineInfo } from './machine-info.js';
import { orgCatalogBenchmark } from './org-catalog.bench.js';
import { orgChartBenchmark } from './org-chart.bench.js';
import { strategyStackBenchmark } from './strategy-stack.bench.js';

/** Every benchmark, in the order a full run measures them. */
export const benchmarks: Benchmark[] = [
  bulkLoadBenchmark,
  apiThroughputBenchmark,
  orgCatalogBenchmark,
  orgChartBenchmark,
  deliveryGitBenchmark,
  deliveryMetricsBenchmark,
  strategyStackBenchmark,
  costImportBenchmark,
  costExplorerBenchmark,
];

const USAGE = `Usage: npm run bench -- [--quick] [--no-write] [name...]

  name         benchmarks to run (default: all): ${benchmarks.map((b) => b.name).join(', ')}
  --quick      ${QUICK_REPETITIONS} repetitions instead of ${DEFAULT_REPETITIONS}, shorter load tests
  --no-write   do not append the results to BENCHMARKS.md
  BENCH_DATABASE_URL   PostgreSQL server to use (default postgres://postgres@127.0.0.1:5432/test)`;

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    benchmarks.map((b) => b.name),
  );
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const options = { quick: args.quick, repetitions: args.quick ? QUICK_REPETITIONS : DEFAULT_REPETITIONS };
  const progress = createProgress();
  const date = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  progress.update('reading machine and database versions');
  const machine = await machineInfo(BENCH_DATABASE_URL);
  progress.clear();
  console.log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.memory}; Node ${machine.node}; ` +
      `PostgreSQL ${machine.postgres}; PGlite ${machine.pglite}`,
  );
  const results: BenchResult[] = [];
  for (const name of args.names) {
    const bench = benchmarks.find((b) => b.name === name)!;
    const result = await runBenchmark(bench, options, (m) => progress.update(m));
    progress.clear();
    console.log(`\n${renderConsoleTable(result)}`);
    results.push(result);
  }
  const command = ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
  const section = renderMarkdownSection(
    machine,
    {
      date,
      command,
      ...options,
      load: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    },
    results,
  );
  if (args.write) {
    appendToBenchmarks(section);
    console.log(`\nAppended to ${BENCHMARKS_FILE.pathname}`);
  }
  const failed = results.filter(hasProblems);
  if (failed.length > 0) {
    console.error(`\nProblems in: ${failed.map((r) => r.name).join(', ')} (failure or errors > 0)`);
    return 1;
  }
  return 0;
}
