/**
 * Scheduled delivery work: `delivery.git-sync` reads every repository with a configured local clone
 * (set by `quarterdeck import git <path>`), one repository per committed unit, so an interrupted run
 * resumes at the repository it stopped on.
 */

import { loadConfig } from '../../platform/config.js';
import type { JobDefinition } from '../../platform/modules.js';
import { syncedRepositories } from './delivery.repo.js';
import { syncGithub } from './delivery-github.service.js';
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

/**
 * `delivery.github-sync`: the repositories in the payload (`{ "repositories": ["acme/shop"] }`), or else
 * those of QUARTERDECK_GITHUB_REPOSITORIES, one after another (GitHub asks for no concurrent requests
 * per token). Each repository continues from its last stored batch, so a failed run loses nothing.
 */
export const githubSyncJob: JobDefinition = {
  kind: 'delivery.github-sync',
  description: 'Read pull requests, deployments, releases and workflow runs from GitHub (only what changed)',
  maxAttempts: 3,
  async run(ctx) {
    const config = loadConfig();
    const given = ctx.payload.repositories;
    const repositories = Array.isArray(given) ? given.map(String) : config.github.repositories;
    if (repositories.length === 0) return { repositories: 0, note: 'No repositories configured.' };
    if (!config.github.token) throw new Error('QUARTERDECK_GITHUB_TOKEN is not set.');
    const counts: Record<string, unknown> = {};
    for (const [i, repository] of repositories.entries()) {
      if (ctx.signal.aborted) break;
      await ctx.progress(i, repositories.length, repository);
      const r = await syncGithub(ctx.db, config, {
        repository,
        signal: ctx.signal,
        // Not awaited (the sync reports progress synchronously); a lost lease aborts ctx.signal, which
        // stops the sync, so the rejection itself carries nothing more.
        onProgress: (_done, _total, message) => {
          ctx.progress(i, repositories.length, `${repository}: ${message ?? ''}`).catch(() => undefined);
        },
      });
      counts[repository] = r.counts;
      for (const w of r.warnings) await ctx.log('warn', `${repository}: ${w}`);
    }
    await ctx.progress(repositories.length, repositories.length, 'done');
    return counts;
  },
};
