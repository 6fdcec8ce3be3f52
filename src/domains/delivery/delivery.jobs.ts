/**
 * Scheduled delivery work: `delivery.git-sync` reads every repository with a configured local clone
 * (set by `quarterdeck import git <path>`), one repository per committed unit, so an interrupted run
 * resumes at the repository it stopped on.
 */

import type { JobDefinition } from '../../platform/modules.js';
import { syncedRepositories } from './delivery.repo.js';
import { syncGitRepository } from './git-sync.service.js';

export const gitSyncJob: JobDefinition = {
  kind: 'delivery.git-sync',
  description: 'Read new commits of every repository imported from a local clone (only what is new)',
  maxAttempts: 3,
  async run(ctx) {
    const repos = await syncedRepositories(ctx.db);
    const doneIds = new Set((ctx.checkpoint?.done as number[] | undefined) ?? []);
    const failed: string[] = [];
    let commits = 0;
    for (const [i, r] of repos.entries()) {
      if (doneIds.has(r.repository_id)) continue;
      if (ctx.signal.aborted) break;
      doneIds.add(r.repository_id);
      try {
        const report = await ctx.commit(
          (trx) => syncGitRepository(trx, r.git_path!, { repository: r.name, signal: ctx.signal }),
          { checkpoint: { done: [...doneIds] }, done: i + 1, total: repos.length, message: r.name },
        );
        commits += report.commitsNew;
      } catch (err) {
        failed.push(r.name);
        await ctx.log('warn', `${r.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (failed.length === repos.length && repos.length > 0) {
      throw new Error(`No repository could be read: ${failed.join(', ')}`);
    }
    return { repositories: repos.length, newCommits: commits, failed };
  },
};
