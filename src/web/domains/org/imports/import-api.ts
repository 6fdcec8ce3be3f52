import { api, unwrap } from '../../../api/client';
import type { Output } from '../../../api/types';

export type Importer = Output<'/api/v1/imports'>['items'][number];
export type ImportReport = Output<'/api/v1/imports/{kind}', 'post'>;
export type ImportIssue = ImportReport['issues'][number];
export type HrColumns = Output<'/api/v1/org/hr-csv/columns', 'post'>;
/** Quarterdeck column → the file's header (null: not in the file). */
export type Mapping = Record<string, string | null>;

/**
 * Files go to the API as the raw request body, with the importer's content type. The typed client still
 * sends them, so the CSRF header and the session-end handling apply as to every other call; only the
 * body is passed through as it is instead of as JSON.
 */
const raw = (body: unknown) => body as BodyInit;

/** The importers this installation has (`GET /api/v1/imports`). */
export async function listImporters(signal?: AbortSignal): Promise<Importer[]> {
  return (await unwrap(api.GET('/api/v1/imports', { signal }))).items;
}

/** Reads the CSV's header line and proposes a mapping; only the start of the file is sent. */
export function readHrColumns(file: Blob): Promise<HrColumns> {
  return unwrap(
    api.POST('/api/v1/org/hr-csv/columns', {
      body: file.slice(0, 64 * 1024, 'text/csv') as never,
      bodySerializer: raw,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

/** Previews (writes nothing) or runs an import of one file; a refused import throws its problem (422). */
export function uploadImport(
  importer: Importer,
  file: File,
  { preview, options }: { preview: boolean; options: Record<string, string> },
): Promise<ImportReport> {
  const contentType = importer.upload?.contentTypes[0] ?? 'application/octet-stream';
  // The importer's options are extra query keys (see GET /api/v1/imports); the schema names only two.
  const query = { ...options, preview: preview ? 'true' : 'false', filename: file.name } as {
    preview: 'true' | 'false';
    filename: string;
  };
  return unwrap(
    api.POST('/api/v1/imports/{kind}', {
      params: { path: { kind: importer.kind }, query },
      body: file as never,
      bodySerializer: raw,
      headers: { 'Content-Type': contentType },
    }),
  );
}

/** The rows (or entities) that have at least one error. */
export function invalidEntries(issues: readonly ImportIssue[]): number {
  const keys = new Set(
    issues
      .filter((i) => i.severity === 'error')
      .map((i) =>
        i.row !== undefined ? `row:${i.row}` : i.entity ? `entity:${i.entity}` : `file:${i.message}`,
      ),
  );
  return keys.size;
}

/** The mapping the API wants: only the columns that are mapped. */
export function mappingOption(mapping: Mapping): string {
  return JSON.stringify(Object.fromEntries(Object.entries(mapping).filter(([, h]) => h)));
}
