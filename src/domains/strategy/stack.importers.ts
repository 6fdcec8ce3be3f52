/**
 * Importers of the stack inventory: `stack` (scan a clone or folder, or every known clone), `sbom`
 * (a CycloneDX JSON SBOM for one repository) and `eol` (end-of-life cycles in the endoflife.date shape).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../platform/db/database.js';
import { badRequest } from '../../platform/http/problem.js';
import { ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import { ensureRepositories } from '../org/org-lookup.service.js';
import { readEolDocument } from './eol-dataset.js';
import { parseCycloneDx } from './importers/cyclonedx-sbom.js';
import * as repo from './stack.repo.js';
import { cloneTargets, type ScanReport, scanTargets, targetFor } from './stack-scan.service.js';

class PreviewRollback extends Error {}

async function inTransaction<T>(db: Db, preview: boolean, work: (trx: Db) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      result = await work(trx);
      if (preview) throw new PreviewRollback();
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  return result as T;
}

/** A scan's report as an import report: counts, and each broken file as a warning naming file and line. */
export function scanImportReport(r: ScanReport, preview: boolean): ImportReport {
  const verb = preview ? 'Preview (nothing written)' : 'Scanned';
  return {
    summary:
      `${verb} ${r.repositories} repositor${r.repositories === 1 ? 'y' : 'ies'}: ${r.files} manifest files, ` +
      `${r.parsed} read (new or changed), ${r.unchanged} unchanged` +
      (r.skipped ? `, ${r.skipped} repositories unchanged since the last scan` : '') +
      `; ${r.components} components and ${r.runtimes} runtimes read from the files read.`,
    counts: {
      repositories: r.repositories,
      'repositories unchanged': r.skipped,
      'manifest files': r.files,
      'files parsed': r.parsed,
      'files unchanged': r.unchanged,
      'files removed': r.removed,
      components: r.components,
      runtimes: r.runtimes,
      failed: r.failed.length,
    },
    issues: [
      ...r.warnings.map((w) => ({
        file: `${w.repository}:${w.file}`,
        ...(w.line ? { row: w.line } : {}),
        message: w.message,
        severity: 'warning' as const,
      })),
      ...r.failed.map((f) => ({ file: f.repository, message: f.message, severity: 'warning' as const })),
    ],
  };
}

async function runStack(ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> {
  const every = ctx.options.clones === 'all';
  if (ctx.options.clones !== undefined && !every) throw badRequest('The option clones takes one value: all.');
  const report = await inTransaction(ctx.db, preview, async (trx) => {
    const targets = every ? await cloneTargets(trx) : [await targetFor(trx, p, ctx.options.repository)];
    return scanTargets(trx, targets, { full: ctx.options.full === 'true', onProgress: ctx.onProgress });
  });
  return scanImportReport(report, preview);
}

export const stackImporter: ImporterDefinition = {
  kind: 'stack',
  description:
    'What a repository really uses: its manifests (package.json and lockfiles, go.mod, requirements, pyproject, pom.xml, Gradle, Cargo, Gemfile.lock, composer, Dockerfiles, workflows, Terraform), runtimes and languages; only changed files are read again',
  input: 'a git clone (bare or not) or a plain folder; `.` with -o clones=all',
  options: [
    {
      name: 'repository',
      description:
        'owner/name (default: the known clone at that path, else the origin remote, else the folder name)',
    },
    {
      name: 'clones',
      description: '`all`: scan every local clone Quarterdeck knows (from `import git`) instead of the path',
    },
    { name: 'full', description: 'read every manifest again, not only the changed ones', flag: true },
  ],
  preview: (ctx, p) => runStack(ctx, p, true),
  run: (ctx, p) => runStack(ctx, p, false),
};

async function readText(p: string): Promise<string> {
  const stat = await fs.stat(p);
  if (stat.isDirectory()) throw badRequest(`${p}: a folder; give one JSON file`);
  return fs.readFile(p, 'utf8');
}

async function runSbom(ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> {
  const label = ctx.label ?? path.basename(p);
  const name = ctx.options.repository?.trim();
  if (!name) {
    throw new ImportRejected('sbom', [
      {
        file: label,
        field: 'repository',
        message: 'name the repository the SBOM describes: -o repository=owner/name',
        severity: 'error',
      },
    ]);
  }
  const parsed = parseCycloneDx(await readText(p), label);
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new ImportRejected('sbom', parsed.issues, 'Nothing was imported. Fix the SBOM.');
  ctx.onProgress(parsed.components.length, parsed.components.length, 'saving');
  const replaced = await inTransaction(ctx.db, preview, async (trx) => {
    const ref = (await ensureRepositories(trx, [{ name }], 'sbom')).get(name.toLowerCase())!;
    return repo.replaceSbomComponents(
      trx,
      ref.id,
      parsed.components.map((c) => ({
        ecosystem: c.ecosystem,
        name: c.name,
        version: c.version,
        requirement: null,
        scope: c.scope,
        direct: c.direct,
        file: label,
        line: null,
      })),
    );
  });
  return {
    summary: `${preview ? 'Preview (nothing written)' : 'Imported'}: ${parsed.components.length} components of ${name} from ${label}${
      parsed.subject ? ` (${parsed.subject})` : ''
    }, replacing ${replaced} from its previous SBOM.`,
    counts: { components: parsed.components.length, replaced },
    issues: parsed.issues,
  };
}

export const sbomImporter: ImporterDefinition = {
  kind: 'sbom',
  description:
    'Components of one repository from a CycloneDX SBOM (JSON, spec 1.4–1.6); replaces its previous SBOM',
  input: 'a CycloneDX JSON file',
  upload: { contentTypes: ['application/json', 'application/vnd.cyclonedx+json'], extension: '.json' },
  options: [
    { name: 'repository', description: 'owner/name of the repository the SBOM describes (required)' },
  ],
  preview: (ctx, p) => runSbom(ctx, p, true),
  run: (ctx, p) => runSbom(ctx, p, false),
};

async function runEol(ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> {
  const label = ctx.label ?? path.basename(p);
  const text = await readText(p);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportRejected('eol', [
      {
        file: label,
        field: '$',
        message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        severity: 'error',
      },
    ]);
  }
  const { dataset, issues } = readEolDocument(value, label, ctx.options.product);
  if (issues.length) throw new ImportRejected('eol', issues, 'Nothing was imported. Fix the file.');
  const rows = [...dataset].flatMap(([product, cycles]) =>
    cycles.map((c) => ({
      product,
      cycle: c.cycle,
      release_date: c.releaseDate,
      eol: c.eol,
      eol_flag: c.ended,
      latest: c.latest,
    })),
  );
  await inTransaction(ctx.db, preview, (trx) => repo.replaceEolProducts(trx, rows));
  return {
    summary: `${preview ? 'Preview (nothing written)' : 'Imported'}: ${rows.length} cycles of ${dataset.size} product${dataset.size === 1 ? '' : 's'} (${[...dataset.keys()].join(', ')}), replacing the shipped dates of those products.`,
    counts: { products: dataset.size, cycles: rows.length },
    issues: [],
  };
}

export const eolImporter: ImporterDefinition = {
  kind: 'eol',
  description:
    'End-of-life dates of runtimes in the endoflife.date API shape; replaces those products’ cycles',
  input:
    'a JSON file: { "nodejs": [{ "cycle", "releaseDate", "eol", "latest" }] } or one product’s list with -o product=',
  upload: { contentTypes: ['application/json'], extension: '.json' },
  options: [
    {
      name: 'product',
      description: 'the endoflife.date product of a file holding one product’s list (e.g. nodejs)',
    },
  ],
  preview: (ctx, p) => runEol(ctx, p, true),
  run: (ctx, p) => runEol(ctx, p, false),
};
