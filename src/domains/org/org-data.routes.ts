import { z } from 'zod';
import { record } from '../../platform/audit/audit.service.js';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import { badRequest } from '../../platform/http/problem.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { exportBackstageCatalog } from './importers/backstage-export.js';
import { HR_COLUMNS, suggestMapping } from './importers/hr-csv-columns.js';
import { peopleToCsv, personToExportRow } from './importers/hr-csv-export.js';
import { orgSnapshot } from './org-export.service.js';

/** Parses a CSV header line (quoted fields allowed) — enough to propose a column mapping. */
function headerOf(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '');
  const delimiter = [',', ';', '\t']
    .map((d) => [d, line.split('\n')[0]!.split(d).length] as const)
    .sort((a, b) => b[1] - a[1])[0]![0];
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  out.push(cell.trim());
  return out.filter((h) => h !== '');
}

/** The HR CSV header-mapping step, and the exports that make Quarterdeck a source of truth. */
export function orgDataRoutes(app: App, ctx: PlatformContext) {
  const tags = ['imports'];
  app.post(
    '/api/v1/org/hr-csv/columns',
    {
      config: { policy: allow.roles('admin', 'executive') },
      schema: {
        tags,
        summary: 'Read a CSV’s header and propose which of its columns fill Quarterdeck’s HR columns',
        description: 'Send the CSV (or its first lines) as text/csv.',
        response: {
          200: z.object({
            headers: z.array(z.string()),
            columns: z.array(
              z.object({
                name: z.string(),
                required: z.boolean(),
                description: z.string(),
                example: z.string(),
              }),
            ),
            suggested: z.record(z.string(), z.string().nullable()),
          }),
        },
      },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0)
        throw badRequest('Send the CSV file as the request body (text/csv).');
      const headers = headerOf(body.subarray(0, 64 * 1024).toString('utf8'));
      if (headers.length === 0) throw badRequest('The file has no header line.');
      return {
        headers,
        columns: HR_COLUMNS.map((c) => ({
          name: c.name,
          required: c.required,
          description: c.description,
          example: c.example,
        })),
        suggested: suggestMapping(headers),
      };
    },
  );

  app.get(
    '/api/v1/org/export/people.csv',
    {
      config: { policy: allow.roles('admin', 'executive') },
      schema: {
        tags: ['org'],
        summary: 'Everyone in the HR CSV format (re-importable with the hr-csv importer)',
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const snapshot = await orgSnapshot(ctx.db);
      await record(ctx.db, auditActor(request), {
        action: 'org.people.export',
        targetType: 'people',
        details: { rows: snapshot.people.length, format: 'csv' },
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="people.csv"')
        .send(peopleToCsv(snapshot.people.map(personToExportRow)));
    },
  );

  app.get(
    '/api/v1/org/export/catalog.yaml',
    {
      config: { policy: allow.roles('admin', 'executive') },
      schema: {
        tags: ['org'],
        summary: 'Teams, people and the service catalog as Backstage catalog YAML (re-importable)',
        produces: ['application/yaml'],
      },
    },
    async (request, reply) => {
      const snapshot = await orgSnapshot(ctx.db);
      await record(ctx.db, auditActor(request), {
        action: 'org.catalog.export',
        targetType: 'catalog',
        details: {
          teams: snapshot.teams.length,
          people: snapshot.people.length,
          entities: snapshot.entities.length,
        },
      });
      return reply
        .header('content-type', 'application/yaml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="catalog-info.yaml"')
        .send(exportBackstageCatalog(snapshot));
    },
  );
}
