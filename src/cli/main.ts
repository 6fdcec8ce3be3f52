import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config.js';
import { DatabaseInUseError } from '../platform/db/database.js';
import { MigrationError } from '../platform/db/migrate.js';
import { DEMO_PASSWORD, DEMO_SIZES, DemoRefused, seedDemo } from '../platform/demo.js';
import { Problem } from '../platform/http/problem.js';
import { formatIssue, ImportRejected } from '../platform/imports/import-report.js';
import { runImport } from '../platform/imports/imports.service.js';
import type { DemoSize } from '../platform/modules.js';
import { auditCommands, tokenCommands, userCommands } from './admin.commands.js';
import { CliError, cliActor, printJson, withPlatform } from './context.js';
import { exportCommands } from './export.command.js';
import { jobsCommands } from './jobs.command.js';
import { progressBar } from './progress.js';
import { serveCommand } from './serve.command.js';

const program = new Command('quarterdeck')
  .description(
    'Quarterdeck — the engineering-leadership platform. Every command reads DATABASE_URL or QUARTERDECK_DATA_DIR.',
  )
  .showHelpAfterError()
  .exitOverride();

serveCommand(program);

program
  .command('migrate')
  .description('Apply pending database migrations')
  .option('--json', 'machine-readable output')
  .action(async (o: { json?: boolean }) => {
    const applied = await withPlatform(async (ctx) => ctx.applied);
    if (o.json) return printJson({ applied });
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
        : 'The database is up to date.\n',
    );
  });

program
  .command('demo')
  .description('Seed a believable demo organization into an empty database')
  .option('--size <size>', 's (≈20 people), m (≈150), l (≈1,000) or xl (≈5,000)', 'm')
  .option('--seed <n>', 'random seed; the same seed gives the same organization', '42')
  .option('--json', 'machine-readable output')
  .action(async (o: { size: string; seed: string; json?: boolean }) => {
    if (!(o.size in DEMO_SIZES))
      throw new CliError(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
    const seed = Number(o.seed);
    if (!Number.isInteger(seed)) throw new CliError('--seed takes a whole number');
    const bars: ReturnType<typeof progressBar>[] = [];
    const state = await withPlatform((ctx) =>
      seedDemo(ctx, {
        size: o.size as DemoSize['name'],
        seed,
        onProgress: (step) => {
          const bar = progressBar(`demo: ${step}`, { quiet: o.json });
          bars.push(bar);
          return (d, t, m) => bar.update(d, t, m);
        },
      }),
    );
    for (const b of bars) b.stop();
    if (o.json) return printJson(state);
    process.stdout.write(
      `Seeded the demo organization (size ${state.size}, seed ${state.seed}): ${Object.entries(state.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}\n`,
    );
    process.stdout.write(`Demo accounts (password "${DEMO_PASSWORD}"):\n`);
    for (const l of state.logins)
      process.stdout.write(`  ${l.email.padEnd(36)} ${l.role.padEnd(10)} ${l.who}\n`);
  });

program
  .command('import')
  .description('Import a file or folder with an importer a domain registered (see --list)')
  .argument('[kind]', 'what to import')
  .argument('[path]', 'file or folder')
  .option('--list', 'list the importers and their options')
  .option('--preview', 'check the input and report what would change; write nothing')
  .option('--skip-invalid', 'import the valid entries and skip the invalid ones (they are reported)')
  .option('-o, --option <key=value...>', 'an importer option (see --list)')
  .option('--json', 'machine-readable output')
  .action(
    async (
      kind: string | undefined,
      path: string | undefined,
      o: { list?: boolean; json?: boolean; preview?: boolean; skipInvalid?: boolean; option?: string[] },
    ) => {
      await withPlatform(async (ctx) => {
        const importers = [...ctx.registry.importers.values()];
        if (o.list || !kind) {
          if (o.json)
            return printJson(
              importers.map((i) => ({
                kind: i.kind,
                description: i.description,
                input: i.input,
                options: i.options ?? [],
              })),
            );
          if (importers.length === 0) process.stdout.write('No importers are registered yet.\n');
          for (const i of importers) {
            process.stdout.write(`  ${i.kind.padEnd(16)} ${i.description} (${i.input})\n`);
            for (const opt of i.options ?? [])
              process.stdout.write(
                `  ${''.padEnd(16)}   ${opt.flag ? `--${opt.name}` : `-o ${opt.name}=…`}  ${opt.description}\n`,
              );
          }
          return;
        }
        if (!ctx.registry.importers.has(kind)) {
          throw new CliError(
            `Unknown import kind "${kind}". Known: ${importers.map((i) => i.kind).join(', ') || 'none yet'}.`,
          );
        }
        if (!path) throw new CliError(`quarterdeck import ${kind} <path>: the path is missing`);
        const options: Record<string, string> = {};
        for (const kv of o.option ?? []) {
          const eq = kv.indexOf('=');
          if (eq <= 0) throw new CliError(`--option ${kv}: write it as key=value`);
          options[kv.slice(0, eq)] = kv.slice(eq + 1);
        }
        if (o.skipInvalid) options['skip-invalid'] = 'true';
        const bar = progressBar(`${o.preview ? 'preview' : 'import'} ${kind}`, { quiet: o.json });
        let report: Awaited<ReturnType<typeof runImport>>;
        try {
          report = await runImport(
            ctx.db,
            ctx.registry,
            cliActor(),
            { kind, path, options, preview: o.preview ?? false },
            (d, t, m) => bar.update(d, t, m),
          );
        } catch (err) {
          bar.stop();
          if (err instanceof ImportRejected) {
            if (o.json) printJson({ rejected: true, message: err.message, issues: err.issues });
            else for (const i of err.issues) process.stderr.write(`${formatIssue(i)}\n`);
            throw new CliError(err.message);
          }
          throw err;
        }
        bar.stop();
        if (o.json) return printJson(report);
        for (const i of report.issues) process.stderr.write(`${formatIssue(i)}\n`);
        process.stdout.write(`${report.summary}${report.jobId ? ` (job ${report.jobId})` : ''}\n`);
      });
    },
  );

userCommands(program);
tokenCommands(program);
auditCommands(program);
jobsCommands(program);
exportCommands(program);

function fail(message: string, code = 1): never {
  process.stderr.write(`quarterdeck: ${message}\n`);
  process.exit(code);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof CliError) fail(err.message, err.exitCode);
  if (err instanceof Problem) fail(err.message);
  if (
    err instanceof ConfigError ||
    err instanceof DatabaseInUseError ||
    err instanceof MigrationError ||
    err instanceof DemoRefused
  ) {
    fail(err.message);
  }
  process.stderr.write(`quarterdeck: unexpected error\n${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
}
