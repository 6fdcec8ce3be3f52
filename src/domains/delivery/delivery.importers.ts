import { loadConfig } from '../../platform/config.js';
import { ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import { syncGithub } from './delivery-github.service.js';
import { applyDeliveryInput } from './delivery-import.service.js';
import { type GitSyncReport, syncGitRepository } from './git-sync.service.js';
import type { DeliveryParseResult } from './importers/delivery-input.js';
import { parseGenericDelivery } from './importers/generic-delivery.js';

class PreviewRollback extends Error {}

export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

/** Runs `work` in a transaction; a preview rolls it back so it reports exactly what an import would change. */
async function inTransaction<T>(
  ctx: ImporterContext,
  preview: boolean,
  work: (ctx: ImporterContext) => Promise<T>,
) {
  let result: T | undefined;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      result = await work({ ...ctx, db: trx });
      if (preview) throw new PreviewRollback();
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  return result as T;
}

function gitSummary(r: GitSyncReport, preview: boolean): ImportReport {
  const verb = preview ? 'Preview (nothing written)' : 'Imported';
  const refs = r.refs;
  const refText = [
    refs.created && `${refs.created} new`,
    refs.fastForwarded && `${refs.fastForwarded} moved`,
    refs.forced && `${refs.forced} force-pushed`,
    refs.deleted && `${refs.deleted} deleted`,
  ]
    .filter(Boolean)
    .join(', ');
  const summary = r.nothingNew
    ? `${r.repository}: nothing new since the last sync` +
      (r.releases ? `; ${r.releases} release tags as deployments.` : '.')
    : `${verb} ${r.repository}: ${r.commitsNew} new commits of ${r.commitsRead} read` +
      (refText ? `; refs: ${refText}` : '') +
      (r.releases ? `; ${r.releases} release tags as deployments` : '') +
      (r.statsAvailable ? '.' : '. File statistics are unavailable in this partial clone.');
  return {
    summary,
    counts: {
      'commits read': r.commitsRead,
      'commits (new)': r.commitsNew,
      'refs force-pushed': refs.forced,
      'refs deleted': refs.deleted,
      releases: r.releases,
      ...r.counts,
    },
    issues: r.statsAvailable
      ? []
      : [
          {
            file: r.repository,
            message:
              'A partial (blobless or treeless) clone: lines added and deleted are unavailable for its commits.',
            severity: 'warning',
          },
        ],
  };
}

export const gitImporter: ImporterDefinition = {
  kind: 'git',
  description:
    'Commits of a git repository on disk (bare, normal or partial clone; all branches and tags), incrementally',
  input: 'a git repository folder',
  options: [
    { name: 'repository', description: 'owner/name (default: from the origin remote, else the folder name)' },
    {
      name: 'refs',
      description: 'comma-separated ref patterns to read (default: refs/heads,refs/tags,refs/remotes)',
    },
    {
      name: 'release-tags',
      description: 'tags matching this glob (e.g. v*) count as production deployments',
    },
    { name: 'full', description: 'read the whole history again, not only what is new', flag: true },
  ],
  preview: (ctx, p) => runGit(ctx, p, true),
  run: (ctx, p) => runGit(ctx, p, false),
};

async function runGit(ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> {
  const report = await inTransaction(ctx, preview, (c) =>
    syncGitRepository(c.db, p, {
      repository: ctx.options.repository,
      refs: ctx.options.refs
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      releaseTagPattern: ctx.options['release-tags'],
      full: ctx.options.full === 'true',
      onProgress: ctx.onProgress,
    }),
  );
  return gitSummary(report, preview);
}

/** An importer over a delivery parser: preview rolls back; run refuses on errors unless skip-invalid. */
export function deliveryImporter(def: {
  kind: string;
  description: string;
  input: string;
  upload?: ImporterDefinition['upload'];
  options?: ImporterDefinition['options'];
  parse(ctx: ImporterContext, p: string): Promise<DeliveryParseResult>;
}): ImporterDefinition {
  const apply = async (ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> => {
    const parsed = await def.parse(ctx, p);
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    if (errors.length && ctx.options['skip-invalid'] !== 'true' && !preview) {
      throw new ImportRejected(def.kind, parsed.issues);
    }
    ctx.onProgress(0, null, 'saving');
    const result = await inTransaction(ctx, preview, (c) => applyDeliveryInput(c.db, parsed.input));
    const verb = preview ? 'Preview (nothing written)' : 'Imported';
    return {
      summary: `${verb}: ${describeCounts(result.counts)}.`,
      counts: {
        ...parsed.counts,
        ...result.counts,
        ...(errors.length ? { 'skipped (invalid)': errors.length } : {}),
      },
      issues: [...parsed.issues, ...result.issues],
    };
  };
  return {
    kind: def.kind,
    description: def.description,
    input: def.input,
    upload: def.upload,
    options: [
      ...(def.options ?? []),
      {
        name: 'skip-invalid',
        description: 'import the valid records and skip the invalid ones (they are reported)',
        flag: true,
      },
    ],
    preview: (ctx, p) => apply(ctx, p, true),
    run: (ctx, p) => apply(ctx, p, false),
  };
}

export const genericDeliveryImporter = deliveryImporter({
  kind: 'delivery',
  description:
    'Repositories, commits, pull requests with reviews, deployments and incidents in the generic format (JSON lines or CSV, gzip too; docs/import-formats.md)',
  input: 'a .jsonl or .csv file (or .gz), or a folder of them',
  upload: {
    contentTypes: ['application/x-ndjson', 'text/csv', 'application/octet-stream', 'text/plain'],
    extension: '.jsonl',
  },
  options: [
    {
      name: 'type',
      description:
        'record type of CSV files: repository, commit, pull_request, review, comment, deployment, incident',
    },
    { name: 'source', description: 'names the sender of deployments and incidents (default: generic)' },
  ],
  async parse(ctx, p) {
    const parsed = await parseGenericDelivery(p, {
      type: ctx.options.type,
      source: ctx.options.source,
      fileLabel: ctx.label,
      onProgress: (n) => ctx.onProgress(n, null, 'records read'),
    });
    parsed.input.reviews = parsed.detachedReviews;
    parsed.input.comments = parsed.detachedComments;
    return parsed;
  },
});

export const githubImporter: ImporterDefinition = {
  kind: 'github',
  description:
    'Pull requests with commits and reviews, deployments, releases and workflow runs of a GitHub repository (QUARTERDECK_GITHUB_TOKEN), resumable and incremental',
  input: 'owner/name of a GitHub repository',
  options: [
    { name: 'full', description: 'forget where the last sync stopped and read everything again', flag: true },
  ],
  preview: (ctx, p) => runGithub(ctx, p, true),
  run: (ctx, p) => runGithub(ctx, p, false),
};

async function runGithub(ctx: ImporterContext, repository: string, preview: boolean): Promise<ImportReport> {
  const r = await syncGithub(ctx.db, loadConfig(), {
    repository,
    preview,
    full: ctx.options.full === 'true',
    onProgress: ctx.onProgress,
  });
  const counts = Object.fromEntries(
    Object.entries(r.counts as unknown as Record<string, number>).filter(([, n]) => typeof n === 'number'),
  );
  const verb = preview ? 'Preview (nothing written)' : 'Synced';
  return {
    summary: `${verb} ${r.repository}: ${describeCounts(counts)}; ${r.requests.requests} requests (${r.requests.notModified} unchanged).`,
    counts,
    issues: r.warnings.map((message) => ({ file: r.repository, message, severity: 'warning' as const })),
  };
}
