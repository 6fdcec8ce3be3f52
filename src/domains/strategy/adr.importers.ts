/**
 * `quarterdeck import adr <folder>`: the numbered MADR files of a folder (all or nothing; a broken file
 * is skipped with a warning), or with `--repository` the decision folder of a local clone at HEAD.
 * The `adr.sync` job reads every local clone the same way.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditActor } from '../../platform/audit/audit.service.js';
import { badRequest } from '../../platform/http/problem.js';
import { ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition, JobDefinition } from '../../platform/modules.js';
import { localClones } from '../delivery/delivery-clones.service.js';
import { servicesWithOwners } from '../org/org-lookup.service.js';
import { type AdrBatchResult, type AdrFile, applyAdrFiles } from './adr-files.service.js';
import { findClone, syncAdrRepository } from './adr-sync.service.js';

class PreviewRollback extends Error {}

/** The Markdown files of a folder (not its subfolders), or one file (named `label` when uploaded). */
export async function readAdrFolder(path: string, label?: string): Promise<AdrFile[]> {
  const info = await stat(path);
  if (!info.isDirectory())
    return [{ path: (label ?? path).split('/').pop()!, text: await readFile(path, 'utf8') }];
  const names = (await readdir(path)).filter((n) => /\.(md|markdown)$/i.test(n)).sort();
  return Promise.all(names.map(async (n) => ({ path: n, text: await readFile(join(path, n), 'utf8') })));
}

function describe(counts: AdrBatchResult['counts']): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'no records found';
}

async function runAdr(ctx: ImporterContext, path: string, preview: boolean): Promise<ImportReport> {
  let result: (AdrBatchResult & { where: string }) | undefined;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if (ctx.options.repository === 'true') {
        const clone = await findClone(trx, path);
        if (!clone)
          throw badRequest(
            `${path} is not a local clone Quarterdeck reads; import its history first with \`quarterdeck import git ${path}\`.`,
          );
        const r = await syncAdrRepository(trx, ctx.actor, clone, ctx.onProgress);
        result = { ...r, where: `${r.repository}${r.folder ? `:${r.folder}` : ''}` };
      } else {
        let serviceIds: number[] = [];
        if (ctx.options.service) {
          const services = await servicesWithOwners(trx);
          const s = services.find((x) => x.name.toLowerCase() === ctx.options.service!.toLowerCase());
          if (!s) throw badRequest(`No catalog component named ${ctx.options.service} (option service).`);
          serviceIds = [s.id];
        }
        const files = await readAdrFolder(path, ctx.label);
        const r = await applyAdrFiles(trx, ctx.actor, { kind: 'folder', files, serviceIds }, ctx.onProgress);
        result = { ...r, where: ctx.label ?? path };
      }
      if (result.issues.some((i) => i.severity === 'error')) throw new ImportRejected('adr', result.issues);
      if (preview) throw new PreviewRollback();
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  const r = result!;
  return {
    summary: `${preview ? 'Preview (nothing written)' : 'Imported'} ${r.where}: ${describe(r.counts)}.`,
    counts: r.counts,
    issues: r.issues,
  };
}

export const adrImporter: ImporterDefinition = {
  kind: 'adr',
  description:
    'Architecture decision records in MADR 2.x, 3.x or 4.x (or Nygard/adr-tools) format: the numbered .md files of a folder, or a local clone’s decision folder at HEAD',
  input: 'a folder of NNNN-title.md files, or one such file (or, with --repository, a local clone)',
  upload: { contentTypes: ['text/plain', 'application/octet-stream'], extension: '.md' },
  options: [
    {
      name: 'repository',
      description:
        'the path is a local clone read by `import git`: sync its decision folder at HEAD (backstage.io/adr-location, else docs/adr, docs/decisions, doc/adr)',
      flag: true,
    },
    { name: 'service', description: 'link new records to this catalog component (by name)' },
  ],
  preview: (ctx, p) => runAdr(ctx, p, true),
  run: (ctx, p) => runAdr(ctx, p, false),
};

/** Reads the decision folder of every local clone, one repository per committed unit. */
export const adrSyncJob: JobDefinition = {
  kind: 'strategy.adr-sync',
  description: 'Read the decision records of every local clone at HEAD (changed files only)',
  maxAttempts: 3,
  async run(ctx) {
    const clones = await localClones(ctx.db);
    const done = new Set((ctx.checkpoint?.done as number[] | undefined) ?? []);
    const actor: AuditActor = { userId: null, label: `job:${ctx.jobId}` };
    const failed: string[] = [];
    const totals = { created: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 };
    for (const [i, clone] of clones.entries()) {
      if (done.has(clone.repositoryId)) continue;
      if (ctx.signal.aborted) break;
      done.add(clone.repositoryId);
      try {
        const r = await ctx.commit((trx) => syncAdrRepository(trx, actor, clone), {
          checkpoint: { done: [...done] },
          done: i + 1,
          total: clones.length,
          message: clone.name,
        });
        for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r.counts[k];
        for (const issue of r.issues)
          await ctx.log('warn', `${issue.file}${issue.row ? ` line ${issue.row}` : ''}: ${issue.message}`);
      } catch (err) {
        failed.push(clone.name);
        await ctx.log('warn', `${clone.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (failed.length === clones.length && clones.length > 0)
      throw new Error(`No repository could be read: ${failed.join(', ')}`);
    return { repositories: clones.length, ...totals, failed };
  },
};
