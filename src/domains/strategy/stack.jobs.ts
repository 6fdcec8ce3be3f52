/**
 * `strategy.stack-scan`: scans every local clone Quarterdeck knows (daily by default, or when a leader
 * asks), committing each chunk of repositories with a checkpoint, so an interrupted run resumes where it
 * stopped; unchanged repositories read nothing.
 */
import type { JobDefinition } from '../../platform/modules.js';
import { cloneTargets, scanTargets } from './stack-scan.service.js';

export const STACK_SCAN_JOB = 'strategy.stack-scan';

export const stackScanJob: JobDefinition = {
  kind: STACK_SCAN_JOB,
  description:
    'Scan the manifests of every local clone for the stack inventory (only changed files are read)',
  maxAttempts: 3,
  async run(ctx) {
    const all = await cloneTargets(ctx.db);
    const done = new Set((ctx.checkpoint?.done as number[] | undefined) ?? []);
    const targets = all.filter((t) => !done.has(t.repositoryId));
    const full = ctx.payload.full === true;
    const report = await scanTargets(ctx.db, targets, { full, signal: ctx.signal, batch: 25 }, (work, n) => {
      for (const t of targets.slice(0, n)) done.add(t.repositoryId);
      return ctx.commit(work, {
        checkpoint: { done: [...done] },
        done: done.size,
        total: all.length,
        message: `${done.size} of ${all.length} repositories`,
      });
    });
    for (const w of report.warnings.slice(0, 200)) {
      await ctx.log('warn', `${w.repository}: ${w.file}${w.line ? ` line ${w.line}` : ''}: ${w.message}`);
    }
    for (const f of report.failed) await ctx.log('warn', `${f.repository}: ${f.message}`);
    if (report.failed.length === targets.length && targets.length > 0) {
      throw new Error(`No repository could be scanned: ${report.failed.map((f) => f.repository).join(', ')}`);
    }
    return {
      repositories: all.length,
      unchangedRepositories: report.skipped,
      files: report.files,
      parsed: report.parsed,
      components: report.components,
      warnings: report.warnings.length,
      failed: report.failed.map((f) => f.repository),
    };
  },
};
