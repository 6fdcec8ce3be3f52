import fs from 'node:fs/promises';
import type { AuditActor } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { badRequest, notFound } from '../http/problem.js';
import { runInlineJob } from '../jobs/inline-job.js';
import type { ImporterDefinition, ImportProgress, Registry } from '../modules.js';
import type { ImportReport } from './import-report.js';

export interface ImportRequest {
  kind: string;
  path: string;
  options: Record<string, string>;
  /** Check and report only; nothing is written and no job is recorded. */
  preview?: boolean;
  label?: string | undefined;
}

export function findImporter(registry: Registry, kind: string): ImporterDefinition {
  const importer = registry.importers.get(kind);
  if (!importer) {
    const known = [...registry.importers.keys()].join(', ') || 'none yet';
    throw notFound(`Importer "${kind}" (known: ${known})`);
  }
  return importer;
}

function checkOptions(importer: ImporterDefinition, options: Record<string, string>): void {
  const known = new Set((importer.options ?? []).map((o) => o.name));
  const unknown = Object.keys(options).filter((k) => !known.has(k));
  if (unknown.length) {
    throw badRequest(
      `The ${importer.kind} importer has no option ${unknown.map((u) => `"${u}"`).join(', ')}. Options: ${[...known].join(', ') || 'none'}.`,
    );
  }
}

/**
 * Runs an importer as a recorded job (`import.<kind>`) in this process, or previews it. The CLI and
 * the upload API both come through here, so every import shows in the job list and the audit log.
 */
export async function runImport(
  db: Db,
  registry: Registry,
  actor: AuditActor,
  req: ImportRequest,
  onProgress?: ImportProgress,
): Promise<ImportReport & { jobId: number | null }> {
  const importer = findImporter(registry, req.kind);
  checkOptions(importer, req.options);
  const progress: ImportProgress = onProgress ?? (() => undefined);
  try {
    await fs.access(req.path);
  } catch {
    throw badRequest(`${req.label ?? req.path} does not exist or cannot be read.`);
  }
  if (req.preview) {
    const report = await importer.preview(
      { db, actor, onProgress: progress, options: req.options, label: req.label },
      req.path,
    );
    return { ...report, jobId: null };
  }
  let report: ImportReport | undefined;
  const { jobId } = await runInlineJob(
    db,
    {
      kind: `import.${importer.kind}`,
      payload: { input: req.label ?? req.path, options: req.options },
      createdBy: actor.userId,
    },
    async (p) => {
      report = await importer.run(
        { db, actor, onProgress: p, options: req.options, label: req.label },
        req.path,
      );
      return {
        summary: report.summary,
        counts: report.counts,
        warnings: report.issues.filter((i) => i.severity === 'warning').length,
      };
    },
    progress,
  );
  // The caller gets every issue; the job keeps the summary and counts.
  return { ...report!, jobId };
}
