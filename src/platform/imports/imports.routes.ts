import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { allow } from '../auth/policy.js';
import { auditActor } from '../http/authorize.js';
import { badRequest } from '../http/problem.js';
import type { App, PlatformContext } from '../modules.js';
import { findImporter, runImport } from './imports.service.js';

const Issue = z.object({
  file: z.string(),
  row: z.number().int().optional(),
  entity: z.string().optional(),
  field: z.string().optional(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const ImportReportOutput = z.object({
  summary: z.string(),
  counts: z.record(z.string(), z.number()),
  issues: z.array(Issue),
  jobId: z.number().int().nullable(),
});

const ImporterOutput = z.object({
  kind: z.string(),
  description: z.string(),
  input: z.string(),
  upload: z.object({ contentTypes: z.array(z.string()), extension: z.string() }).nullable(),
  options: z.array(z.object({ name: z.string(), description: z.string(), flag: z.boolean() })),
});

const UploadQuery = z
  .object({
    preview: z.enum(['true', 'false']).default('false').describe('Check and report only; write nothing'),
    filename: z.string().max(200).optional().describe('The uploaded file’s name, for messages'),
  })
  .catchall(z.string().max(20_000))
  .describe('Other keys are the importer’s options (see GET /api/v1/imports)');

const UPLOAD_TYPES = [
  'text/csv',
  'text/plain',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'application/octet-stream',
  'application/gzip',
  'application/x-gzip',
  'application/vnd.apache.parquet',
];

/** Upload a single file to an importer: the same code path as `quarterdeck import`. */
export function importRoutes(app: App, ctx: PlatformContext) {
  const tags = ['imports'];
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get(
    '/api/v1/imports',
    {
      config: { policy: allow.roles('admin', 'executive') },
      schema: {
        tags,
        summary: 'The importers and their options',
        response: { 200: z.object({ items: z.array(ImporterOutput) }) },
      },
    },
    async () => ({
      items: [...ctx.registry.importers.values()].map((i) => ({
        kind: i.kind,
        description: i.description,
        input: i.input,
        upload: i.upload ?? null,
        options: (i.options ?? []).map((o) => ({
          name: o.name,
          description: o.description,
          flag: o.flag ?? false,
        })),
      })),
    }),
  );

  app.post(
    '/api/v1/imports/:kind',
    {
      bodyLimit: ctx.config.uploadLimit,
      config: { policy: allow.roles('admin', 'executive') },
      schema: {
        tags,
        summary: 'Import an uploaded file (all or nothing), or preview it with ?preview=true',
        description:
          'Send the file as the raw request body (text/csv, application/yaml or application/octet-stream). ' +
          'Errors answer 422 `import-rejected` naming file, row or entity, and field.',
        params: z.strictObject({ kind: z.string().max(60) }),
        querystring: UploadQuery,
        response: { 200: ImportReportOutput },
      },
    },
    async (request) => {
      const importer = findImporter(ctx.registry, request.params.kind);
      if (!importer.upload)
        throw badRequest(
          `The ${importer.kind} importer reads ${importer.input} and cannot take an upload; use the CLI.`,
        );
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw badRequest(`Send the file as the request body (${importer.upload.contentTypes.join(' or ')}).`);
      }
      const { preview, filename, ...options } = request.query;
      const label = path.basename(filename ?? `upload${importer.upload.extension}`);
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quarterdeck-upload-'));
      const file = path.join(dir, label.replace(/[^\w.-]/g, '_'));
      try {
        await fs.writeFile(file, body);
        return await runImport(ctx.db, ctx.registry, auditActor(request), {
          kind: importer.kind,
          path: file,
          options: options as Record<string, string>,
          preview: preview === 'true',
          label,
        });
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  );
}
