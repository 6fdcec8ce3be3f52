import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../platform/db/database.js';
import { badRequest } from '../../platform/http/problem.js';
import { type ImportIssue, ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import { matchQueue, observeIdentities } from './identity.service.js';
import { loadBackstageCatalog } from './importers/backstage-catalog.js';
import { findCodeownersFiles, parseCodeowners } from './importers/codeowners.js';
import { parseHrCsv } from './importers/hr-csv.js';
import { parseMailmap } from './importers/mailmap.js';
import type { OrgInput, ParseResult } from './importers/org-input.js';
import { applyOrgInput } from './org-import.service.js';

class PreviewRollback extends Error {}

const SKIP_INVALID = {
  name: 'skip-invalid',
  description: 'import the valid rows or entities and skip the invalid ones (they are reported)',
  flag: true,
};

function describe(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

/**
 * An importer over a parser: `preview` applies the parsed input in a transaction that is rolled
 * back, so it reports exactly what an import would change (and every issue); `run` refuses on any
 * error unless skip-invalid is set, and applies all or nothing.
 */
export function orgImporter(def: {
  kind: string;
  description: string;
  input: string;
  upload?: ImporterDefinition['upload'];
  options?: ImporterDefinition['options'];
  parse(ctx: ImporterContext, p: string): Promise<ParseResult>;
}): ImporterDefinition {
  const apply = async (
    ctx: ImporterContext,
    parsed: ParseResult,
    preview: boolean,
  ): Promise<ImportReport> => {
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    const skip = ctx.options['skip-invalid'] === 'true';
    if (errors.length && !skip && !preview) throw new ImportRejected(def.kind, parsed.issues);
    let result: { counts: Record<string, number>; issues: ImportIssue[] } | undefined;
    try {
      await ctx.db.transaction().execute(async (trx) => {
        ctx.onProgress(0, null, 'saving');
        result = await applyOrgInput(trx, parsed.input, {
          actor: ctx.actor,
          kind: def.kind,
          collectErrors: preview,
        });
        if (preview) throw new PreviewRollback();
      });
    } catch (err) {
      if (!(err instanceof PreviewRollback)) throw err;
    }
    const issues = [...parsed.issues, ...result!.issues];
    const counts = {
      ...parsed.counts,
      ...result!.counts,
      ...(errors.length ? { 'skipped (invalid)': errors.length } : {}),
    };
    const verb = preview ? 'Preview (nothing written)' : 'Imported';
    return {
      summary: `${verb}: ${describe(result!.counts)}. Read: ${describe(parsed.counts)}.`,
      counts,
      issues,
    };
  };
  return {
    kind: def.kind,
    description: def.description,
    input: def.input,
    upload: def.upload,
    options: [...(def.options ?? []), SKIP_INVALID],
    async preview(ctx, p) {
      return apply(ctx, await def.parse(ctx, p), true);
    },
    async run(ctx, p) {
      return apply(ctx, await def.parse(ctx, p), false);
    },
  };
}

export const hrCsvImporter = orgImporter({
  kind: 'hr-csv',
  description: 'People, managers and teams from an HR system’s CSV export (columns: docs/import-formats.md)',
  input: 'a CSV file',
  upload: { contentTypes: ['text/csv'], extension: '.csv' },
  options: [
    {
      name: 'mapping',
      description: 'JSON object from Quarterdeck column to your header, e.g. {"email":"Work Email"}',
    },
  ],
  async parse(ctx, p) {
    let mapping: Record<string, string> | undefined;
    if (ctx.options.mapping) {
      try {
        mapping = JSON.parse(ctx.options.mapping) as Record<string, string>;
      } catch {
        throw badRequest('The mapping option is not valid JSON (expected {"email":"Work Email", …}).');
      }
      if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
        throw badRequest('The mapping option must be a JSON object from column to header.');
      }
    }
    return parseHrCsv(p, {
      mapping,
      fileLabel: ctx.label ?? path.basename(p),
      onProgress: (rows) => ctx.onProgress(rows, null, 'rows read'),
    });
  },
});

/** Refs of what the database already holds, so a catalog may point at them. */
async function knownRefs(db: Db): Promise<Set<string>> {
  const [teams, people, entities] = await Promise.all([
    db.selectFrom('teams').select('slug').execute(),
    db.selectFrom('people').select('catalog_name').where('catalog_name', 'is not', null).execute(),
    db.selectFrom('catalog_entities').select(['kind', 'namespace', 'name']).execute(),
  ]);
  return new Set([
    ...teams.map((t) => `group:default/${t.slug}`),
    ...people.map((p) => `user:default/${p.catalog_name!.toLowerCase()}`),
    ...entities.map((e) => `${e.kind}:${e.namespace}/${e.name}`.toLowerCase()),
  ]);
}

export const backstageImporter = orgImporter({
  kind: 'backstage',
  description:
    'Users, groups, components, systems, APIs, resources and domains from Backstage catalog-info.yaml files (Location targets followed on disk)',
  input: 'a catalog YAML file or a folder of them',
  upload: { contentTypes: ['application/yaml', 'text/yaml', 'application/x-yaml'], extension: '.yaml' },
  options: [
    {
      name: 'source',
      description:
        'name of this catalog (default: backstage); entities it no longer lists are removed on re-import',
    },
  ],
  async parse(ctx, p) {
    ctx.onProgress(0, null, 'reading the catalog');
    const parsed = await loadBackstageCatalog(p, { known: await knownRefs(ctx.db) });
    if (ctx.label) for (const i of parsed.issues) if (i.file === path.basename(p)) i.file = ctx.label;
    parsed.input.source = ctx.options.source ? `backstage:${ctx.options.source}` : 'backstage';
    return parsed;
  },
});

/** `owner/name` from a clone's origin remote (GitHub HTTPS or SSH URL), or null. */
async function repositoryFromGit(dir: string): Promise<string | null> {
  const config = await fs.readFile(path.join(dir, '.git', 'config'), 'utf8').catch(() => null);
  const m = config && /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config);
  if (!m) return null;
  const slug = /[:/]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(m[1]!);
  return slug ? slug[1]! : null;
}

export const codeownersImporter = orgImporter({
  kind: 'codeowners',
  description: 'Ownership of a repository’s paths from its CODEOWNERS file',
  input: 'a repository folder or a CODEOWNERS file',
  upload: { contentTypes: ['text/plain'], extension: '' },
  options: [
    {
      name: 'repository',
      description: 'owner/name of the repository (default: from the clone’s origin remote)',
    },
  ],
  async parse(ctx, p) {
    const stat = await fs.stat(p);
    let file = p;
    let inRepo = ctx.label ?? path.basename(p);
    if (stat.isDirectory()) {
      const found = findCodeownersFiles(p);
      if (found.length === 0) {
        throw badRequest(`${p} has no CODEOWNERS file (looked in .github/, the root and docs/).`);
      }
      inRepo = found[0]!;
      file = path.join(p, inRepo);
    }
    const repository = ctx.options.repository ?? (stat.isDirectory() ? await repositoryFromGit(p) : null);
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw badRequest(
        'Name the repository as owner/name with the repository option (-o repository=acme/checkout).',
      );
    }
    const parsed = parseCodeowners(await fs.readFile(file, 'utf8'), inRepo, repository);
    const input: OrgInput = { source: `codeowners:${repository.toLowerCase()}`, codeowners: [parsed.input] };
    return { input, issues: parsed.issues, counts: { rules: parsed.input.rules.length } };
  },
});

/** Not an `orgImporter`: a .mailmap changes no people, it only matches identities. */
export const mailmapImporter: ImporterDefinition = {
  kind: 'mailmap',
  description: 'Match git author e-mails to people with a repository’s .mailmap',
  input: 'a .mailmap file or a repository folder',
  upload: { contentTypes: ['text/plain'], extension: '.mailmap' },
  options: [],
  async preview(ctx, p) {
    const { entries, issues } = await readMailmap(ctx.db, p, ctx.label);
    return {
      summary: `Read ${entries.length} .mailmap entries.`,
      counts: { entries: entries.length },
      issues,
    };
  },
  async run(ctx, p) {
    const { entries, issues } = await readMailmap(ctx.db, p, ctx.label);
    if (issues.some((i) => i.severity === 'error')) throw new ImportRejected('mailmap', issues);
    const result = await ctx.db.transaction().execute(async (trx) => {
      const observed = await observeIdentities(
        trx,
        entries.map((e) => ({
          kind: 'git' as const,
          value: e.commitEmail,
          name: e.commitName ?? e.properName,
        })),
      );
      const matched = observed.matched + (await matchQueue(trx, entries));
      return { recorded: observed.recorded, matched };
    });
    return {
      summary: `Read ${entries.length} .mailmap entries; ${result.matched} identities matched.`,
      counts: { entries: entries.length, 'identities matched': result.matched },
      issues,
    };
  },
};

async function readMailmap(_db: Db, p: string, label?: string) {
  const stat = await fs.stat(p);
  const file = stat.isDirectory() ? path.join(p, '.mailmap') : p;
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw badRequest(`${file} could not be read.`);
  });
  return parseMailmap(text, label ?? path.basename(file));
}
