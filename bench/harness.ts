/**
 * The benchmark harness behind `npm run bench`: runs a benchmark's variants and its baseline in the
 * same process, several times each after a warm-up, and reduces the samples to medians and ratios.
 * Everything here except `runBenchmark` is pure, so it is unit-tested in harness.test.ts.
 */

/** One measurement of one variant. `value` is the headline figure (higher is better, e.g. rows/s). */
export interface Sample {
  value: number;
  /** Secondary figures (latency percentiles...), reduced by median like `value`. */
  metrics?: Record<string, number>;
  /** Failed operations during the measurement; summed over the runs, and must be 0. */
  errors?: number;
}

export interface RunPhase {
  warmup: boolean;
  quick: boolean;
}

export interface Variant {
  label: string;
  run(phase: RunPhase): Promise<Sample>;
}

/** Variants compared with one baseline measured alongside them (e.g. one backend, one endpoint). */
export interface Group {
  label: string;
  /** Set instead of `baseline`/`variants` when this group cannot run here (with the reason). */
  skipped?: string;
  baseline?: Variant;
  variants?: Variant[];
}

export interface MetricSpec {
  key: string;
  label: string;
  unit: string;
}

export interface BenchSession {
  groups: Group[];
  /** Facts worth printing under the results (batch size, row count, tools used...). */
  notes: string[];
  close(): Promise<void>;
}

export interface Benchmark {
  name: string;
  title: string;
  /** What is measured, and against what; one paragraph of Markdown. */
  measures: string;
  /** Unit of `Sample.value`, e.g. `rows/s`. */
  unit: string;
  metrics?: MetricSpec[];
  /** Show an error column (for load tests, where every request must succeed). */
  reportsErrors?: boolean;
  open(options: BenchOptions, progress: (message: string) => void): Promise<BenchSession>;
}

export interface BenchOptions {
  quick: boolean;
  repetitions: number;
}

export interface VariantResult {
  label: string;
  isBaseline: boolean;
  values: number[];
  median: number;
  /** (max − min) ÷ median of the runs. */
  spread: number;
  metrics: Record<string, number>;
  errors: number;
  /** Median ÷ the group's baseline median (1 for the baseline itself). */
  ratio: number | null;
}

export interface GroupResult {
  label: string;
  skipped?: string;
  rows: VariantResult[];
}

export interface BenchResult {
  name: string;
  title: string;
  measures: string;
  unit: string;
  metrics: MetricSpec[];
  reportsErrors: boolean;
  groups: GroupResult[];
  notes: string[];
  /** Set when the benchmark could not finish. */
  failure?: string;
  seconds: number;
}

export const DEFAULT_REPETITIONS = 5;
export const QUICK_REPETITIONS = 3;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How the subject compares with the baseline: subject ÷ baseline, null when undefined. */
export function ratio(subject: number, baseline: number): number | null {
  if (!Number.isFinite(subject) || !Number.isFinite(baseline) || baseline <= 0) return null;
  return subject / baseline;
}

export function spread(values: readonly number[]): number {
  const m = median(values);
  return m === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / m;
}

/** Reduces the samples of one group (baseline first) to medians and ratios. */
export function summarize(
  baseline: { label: string; samples: Sample[] },
  variants: { label: string; samples: Sample[] }[],
): VariantResult[] {
  const reduce = (label: string, samples: Sample[], isBaseline: boolean): VariantResult => {
    const values = samples.map((s) => s.value);
    const keys = [...new Set(samples.flatMap((s) => Object.keys(s.metrics ?? {})))];
    const metrics: Record<string, number> = {};
    for (const key of keys) {
      metrics[key] = median(samples.map((s) => s.metrics?.[key]).filter((v): v is number => v !== undefined));
    }
    return {
      label,
      isBaseline,
      values,
      median: median(values),
      spread: spread(values),
      metrics,
      errors: samples.reduce((sum, s) => sum + (s.errors ?? 0), 0),
      ratio: null,
    };
  };
  const base = reduce(baseline.label, baseline.samples, true);
  base.ratio = 1;
  const rows = variants.map((v) => {
    const r = reduce(v.label, v.samples, false);
    r.ratio = ratio(r.median, base.median);
    return r;
  });
  return [base, ...rows];
}

export interface CliArgs {
  names: string[];
  quick: boolean;
  write: boolean;
  help: boolean;
}

/** Parses `npm run bench -- [--quick] [--no-write] [name...]`; throws on unknown flags or names. */
export function parseArgs(argv: readonly string[], known: readonly string[]): CliArgs {
  const args: CliArgs = { names: [], quick: false, write: true, help: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--no-write') args.write = false;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg.startsWith('-'))
      throw new Error(`Unknown option ${arg}. Use --quick, --no-write or --help.`);
    else if (!known.includes(arg)) throw new Error(`Unknown benchmark "${arg}". Known: ${known.join(', ')}.`);
    else if (!args.names.includes(arg)) args.names.push(arg);
  }
  if (args.names.length === 0) args.names = [...known];
  return args;
}

/**
 * Runs one benchmark: per group, one warm-up run of every variant, then `repetitions` rounds. Each
 * round measures the baseline and the variants in turn, alternating the order between rounds so that
 * slow drift (heat, caches, background work) does not favour either side.
 */
export async function runBenchmark(
  bench: Benchmark,
  options: BenchOptions,
  progress: (message: string) => void,
): Promise<BenchResult> {
  const started = performance.now();
  const result: BenchResult = {
    name: bench.name,
    title: bench.title,
    measures: bench.measures,
    unit: bench.unit,
    metrics: bench.metrics ?? [],
    reportsErrors: bench.reportsErrors ?? false,
    groups: [],
    notes: [],
    seconds: 0,
  };
  const say = (message: string) => progress(`${bench.name} › ${message}`);
  let session: BenchSession | undefined;
  try {
    say('setting up');
    session = await bench.open(options, say);
    result.notes = session.notes;
    for (const group of session.groups) {
      if (group.skipped || !group.baseline) {
        result.groups.push({ label: group.label, skipped: group.skipped ?? 'no baseline', rows: [] });
        continue;
      }
      const all = [group.baseline, ...(group.variants ?? [])];
      const samples = all.map(() => [] as Sample[]);
      for (const v of all) {
        say(`${group.label} › ${v.label} · warm-up`);
        await v.run({ warmup: true, quick: options.quick });
      }
      for (let round = 0; round < options.repetitions; round++) {
        const order = all.map((_, i) => i);
        if (round % 2 === 1) order.reverse();
        for (const i of order) {
          say(`${group.label} › ${all[i]!.label} · run ${round + 1}/${options.repetitions}`);
          samples[i]!.push(await all[i]!.run({ warmup: false, quick: options.quick }));
        }
      }
      result.groups.push({
        label: group.label,
        rows: summarize(
          { label: all[0]!.label, samples: samples[0]! },
          all.slice(1).map((v, i) => ({ label: v.label, samples: samples[i + 1]! })),
        ),
      });
    }
  } catch (err) {
    result.failure = (err as Error).stack ?? String(err);
  } finally {
    if (session) {
      try {
        await session.close();
      } catch (err) {
        result.failure ??= `cleanup failed: ${(err as Error).message}`;
      }
    }
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** True when the result must fail the run: the benchmark broke or a measurement had errors. */
export function hasProblems(result: BenchResult): boolean {
  return Boolean(result.failure) || result.groups.some((g) => g.rows.some((r) => r.errors > 0));
}
