import type { Command } from 'commander';
import { modules } from '../modules.js';
import { countUsers, issueSetupToken } from '../platform/auth/auth.service.js';
import { loadConfig } from '../platform/config.js';
import { DEMO_PASSWORD, demoState, seedDemo } from '../platform/demo.js';
import { buildApp } from '../platform/http/app.js';
import { enqueueJob } from '../platform/jobs/jobs.service.js';
import { getSchedule, upsertSchedule } from '../platform/jobs/scheduler.js';
import { startWorkers, type Worker } from '../platform/jobs/worker.js';
import { openPlatform } from '../platform/platform.js';
import { progressBar } from './progress.js';

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('Run the Quarterdeck server (web app, API and background workers)')
    .option('--demo', 'seed the demo organization (size m) when the database is empty', false)
    .option('-p, --port <port>', 'port to listen on (default PORT or 4321)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .action(async (opts: { demo: boolean; port?: string; host?: string }) => {
      const started = Date.now();
      const env = { ...process.env };
      if (opts.port) env.PORT = opts.port;
      if (opts.host) env.HOST = opts.host;
      const config = loadConfig(env);
      const ctx = await openPlatform(config, modules);
      if (ctx.applied.length) process.stderr.write(`Applied ${ctx.applied.length} migration(s).\n`);

      if (opts.demo && (await countUsers(ctx.db)) === 0) {
        const bars = new Map<string, ReturnType<typeof progressBar>>();
        await seedDemo(ctx, {
          size: 'm',
          seed: 42,
          onProgress: (step) => {
            const bar = progressBar(`demo: ${step}`);
            bars.set(step, bar);
            return (done, total, message) => bar.update(done, total, message);
          },
        });
        for (const bar of bars.values()) bar.stop();
        // A first verification of the fresh audit trail, so the scorecard starts with a real result.
        await enqueueJob(ctx, 'audit.verify', {}, {});
      }

      const { app } = await buildApp(ctx);
      // Modules' default schedules are created once; later changes by operators are kept.
      for (const def of ctx.registry.schedules) {
        if (!(await getSchedule(ctx.db, def.name))) await upsertSchedule(ctx.db, def);
      }
      const worker: Worker | undefined =
        config.workers > 0
          ? await startWorkers(ctx, { concurrency: config.workers, leaseMs: config.jobLeaseMs })
          : undefined;
      const shutdown = async (signal: string) => {
        process.stderr.write(`\n${signal}: stopping Quarterdeck…\n`);
        await worker?.stop();
        await app.close();
        await ctx.handle.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));

      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
      const lines = [
        '',
        `  Quarterdeck is running at ${url}   (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
        `  API reference: ${url}/api/docs    Database: ${ctx.handle.backend === 'pglite' ? `embedded (${config.dataDir})` : 'PostgreSQL'}`,
      ];
      const demo = await demoState(ctx);
      if (demo) {
        lines.push(
          `  Demo organization (size ${demo.size}); every demo account's password is "${DEMO_PASSWORD}":`,
        );
        for (const l of demo.logins) lines.push(`    ${l.email.padEnd(36)} ${l.role.padEnd(10)} ${l.who}`);
      } else {
        const token = await issueSetupToken(ctx.db);
        if (token) {
          lines.push(
            '  No account exists yet. Create the first admin with:',
            `    quarterdeck user add --admin --email you@example.com --name "Your Name"`,
            `  or POST /api/v1/setup with this one-time setup token (valid 24 h): ${token}`,
          );
        }
      }
      process.stderr.write(`${lines.join('\n')}\n\n`);
    });
}
