/**
 * Brings decision record files into Quarterdeck: a folder (`quarterdeck import adr <folder>`), a
 * repository's decision folder at HEAD (the sync), and the demo all go through `applyAdrFiles`.
 * A file whose git blob sha is the one last read is left alone (edits made in Quarterdeck stay); a
 * changed file is read again; a file gone from a repository marks its record as removed. Broken files
 * (unreadable front matter, no title) are skipped with a warning naming the file and line.
 */

import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import type { ImportProgress } from '../../platform/modules.js';
import * as repo from './adr.repo.js';
import { type MadrFields, madrFileNumber, parseMadr } from './importers/madr-parse.js';

export interface AdrFile {
  /** Path in the folder or repository (`docs/adr/0001-use-madr.md`). */
  path: string;
  text: string;
}

export interface AdrBatch {
  kind: 'folder' | 'repository';
  repositoryId?: number | null;
  repository?: string | null;
  files: AdrFile[];
  /** Services new records are linked to (a repository's service; `-o service=` of a folder import). */
  serviceIds?: number[];
  /** Services new records are linked to, by file number (the demo's links). */
  serviceIdsByNumber?: Map<number, number[]>;
  /** Radar entries new records are linked to, by file number (the demo's links). */
  radarEntryIds?: Map<number, number[]>;
  /** Mark records whose file is no longer there (a repository at HEAD). */
  markRemoved?: boolean;
  /** Today, for status changes of records without a date. */
  today?: string;
}

export interface AdrBatchResult {
  counts: { created: number; updated: number; unchanged: number; removed: number; skipped: number };
  issues: ImportIssue[];
}

/** The git blob id of a file's content, as `git hash-object` computes it. */
export function gitBlobSha(text: string): string {
  const body = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body]))
    .digest('hex');
}

export function fieldColumns(f: MadrFields) {
  return {
    title: f.title,
    status: f.status,
    decided_on: f.date,
    deciders: f.deciders,
    consulted: f.consulted,
    informed: f.informed,
    context: f.context,
    considered_options: f.options,
    decision_outcome: f.outcome,
    consequences: f.consequences,
    pros_and_cons: f.prosCons,
  };
}

interface Parsed {
  file: AdrFile;
  fileName: string;
  fileNumber: number;
  fields: MadrFields;
  sha: string;
}

function readFiles(batch: AdrBatch, issues: ImportIssue[], skipped: { n: number }): Parsed[] {
  const out: Parsed[] = [];
  const seen = new Map<number, string>();
  const files = [...batch.files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of files) {
    const fileName = posix.basename(file.path);
    const num = madrFileNumber(fileName);
    if (!num) continue;
    const p = parseMadr(file.text);
    if (!p.ok) {
      skipped.n++;
      issues.push({
        file: file.path,
        row: p.line,
        field: p.field,
        message: `${p.message} The file was skipped.`,
        severity: 'warning',
      });
      continue;
    }
    for (const w of p.warnings)
      issues.push({ file: file.path, row: w.line, field: w.field, message: w.message, severity: 'warning' });
    const twin = seen.get(num.number);
    if (twin) {
      issues.push({
        file: file.path,
        field: 'number',
        message: `Number ${num.number} is also used by ${twin}: renumber one of them.`,
        severity: batch.kind === 'folder' ? 'error' : 'warning',
      });
      skipped.n++;
      continue;
    }
    seen.set(num.number, file.path);
    out.push({ file, fileName, fileNumber: num.number, fields: p.fields, sha: gitBlobSha(file.text) });
  }
  return out;
}

/** Imports or re-reads a set of files, in the caller's transaction. Errors are returned, not thrown. */
export async function applyAdrFiles(
  db: Db,
  actor: AuditActor,
  batch: AdrBatch,
  onProgress: ImportProgress = () => {},
): Promise<AdrBatchResult> {
  const issues: ImportIssue[] = [];
  const skipped = { n: 0 };
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 };
  const parsed = readFiles(batch, issues, skipped);
  const today = batch.today ?? new Date().toISOString().slice(0, 10);
  const repositoryId = batch.kind === 'repository' ? (batch.repositoryId ?? null) : null;
  const existing = await repo.adrsOfSource(db, batch.kind, repositoryId);
  const all = await repo.allAdrs(db);
  const byNumber = new Map(all.map((r) => [r.number, r]));
  const mine = new Map(
    existing.map((r) => [batch.kind === 'folder' ? String(r.number) : (r.source_path ?? ''), r]),
  );
  let nextNumber = Math.max(0, ...all.map((r) => r.number)) + 1;
  const idByFileNumber = new Map<number, number>();
  const seenPaths = new Set<string>();

  for (const [i, p] of parsed.entries()) {
    onProgress(i, parsed.length, p.file.path);
    seenPaths.add(p.file.path);
    const key = batch.kind === 'folder' ? String(p.fileNumber) : p.file.path;
    const current = mine.get(key);
    const columns = fieldColumns(p.fields);
    if (current) {
      idByFileNumber.set(p.fileNumber, current.id);
      if (current.source_sha === p.sha && current.source_path === p.file.path) {
        if (current.source_removed_at) await repo.updateAdr(db, current.id, { source_removed_at: null });
        counts.unchanged++;
        continue;
      }
      await repo.updateAdr(db, current.id, {
        ...columns,
        file_name: p.fileName,
        markdown: p.file.text,
        source_path: p.file.path,
        source_sha: p.sha,
        source_removed_at: null,
        edited_at: null,
      });
      if (current.status !== p.fields.status) {
        await repo.addStatusChange(db, {
          adr_id: current.id,
          status: p.fields.status,
          changed_on: p.fields.date ?? today,
          actor: actor.label,
        });
      }
      counts.updated++;
      continue;
    }
    let number = p.fileNumber;
    const taken = byNumber.get(number);
    if (taken) {
      if (batch.kind === 'folder') {
        issues.push({
          file: p.file.path,
          field: 'number',
          message: `Number ${number} is already used by “${taken.title}” (${describeSource(taken)}).`,
          severity: 'error',
        });
        continue;
      }
      number = nextNumber;
    }
    nextNumber = Math.max(nextNumber, number + 1);
    const row = await repo.insertAdr(db, {
      ...columns,
      number,
      file_name: p.fileName,
      markdown: p.file.text,
      superseded_by_id: null,
      source_kind: batch.kind,
      source_repository_id: repositoryId,
      source_repository: batch.kind === 'repository' ? (batch.repository ?? null) : null,
      source_path: p.file.path,
      source_sha: p.sha,
      source_removed_at: null,
      edited_at: null,
    });
    byNumber.set(number, row);
    idByFileNumber.set(p.fileNumber, row.id);
    await repo.addStatusChange(db, {
      adr_id: row.id,
      status: p.fields.status,
      changed_on: p.fields.date ?? today,
      actor: actor.label,
    });
    const services = batch.serviceIdsByNumber?.get(p.fileNumber) ?? batch.serviceIds;
    if (services?.length) await repo.replaceServiceLinks(db, row.id, services);
    const radar = batch.radarEntryIds?.get(p.fileNumber);
    if (radar?.length) await repo.replaceRadarLinks(db, row.id, radar);
    counts.created++;
  }

  for (const p of parsed) {
    const id = idByFileNumber.get(p.fileNumber);
    if (id === undefined) continue;
    const target = p.fields.supersededBy;
    const by = target === null ? null : (idByFileNumber.get(target) ?? byNumber.get(target)?.id ?? null);
    if (target !== null && by === null) {
      issues.push({
        file: p.file.path,
        field: 'status',
        message: `Superseded by record ${target}, which is not there; the link is left out.`,
        severity: 'warning',
      });
    }
    const row = await repo.findAdrById(db, id);
    if (row && row.superseded_by_id !== by && row.markdown === p.file.text)
      await repo.updateAdr(db, id, { superseded_by_id: by });
  }

  if (batch.markRemoved) {
    for (const r of existing) {
      if (r.source_path && !seenPaths.has(r.source_path) && !r.source_removed_at) {
        await repo.updateAdr(db, r.id, { source_removed_at: new Date() });
        counts.removed++;
      }
    }
  }
  counts.skipped = skipped.n;
  onProgress(parsed.length, parsed.length, 'done');
  if (counts.created + counts.updated + counts.removed > 0) {
    await record(db, actor, {
      action: 'strategy.adr.import',
      targetType: 'adrs',
      targetId: batch.repository ?? batch.kind,
      details: { ...counts, source: batch.kind },
    });
  }
  return { counts, issues };
}

export function describeSource(r: repo.AdrRow): string {
  if (r.source_kind === 'repository') return `synced from ${r.source_repository}:${r.source_path}`;
  if (r.source_kind === 'folder') return `imported from ${r.source_path}`;
  return 'written in Quarterdeck';
}
