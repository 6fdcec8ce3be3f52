/**
 * Writing decision records in Quarterdeck: create (a new MADR 4 file), edit (only the edited parts of the
 * file change) and supersede. Links to services go through the org's services, links to radar entries
 * through the radar's refs. Every change is audited in the same transaction.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound } from '../../platform/http/problem.js';
import { servicesWithOwners } from '../org/org-lookup.service.js';
import * as repo from './adr.repo.js';
import { fieldColumns } from './adr-files.service.js';
import type { AdrStatus, MadrFields } from './importers/madr-parse.js';
import { type MadrEdit, madrFileName, patchMadr, renderMadr } from './importers/madr-write.js';
import { radarEntryRefs } from './radar.repo.js';

export interface AdrWrite {
  title?: string | undefined;
  status?: AdrStatus | undefined;
  date?: string | null | undefined;
  deciders?: string[] | undefined;
  consulted?: string[] | undefined;
  informed?: string[] | undefined;
  context?: string | undefined;
  options?: string | undefined;
  outcome?: string | undefined;
  consequences?: string | undefined;
  prosCons?: string | undefined;
  /** Catalog component ids. */
  serviceIds?: number[] | undefined;
  /** Radar entry keys. */
  radar?: string[] | undefined;
  /** The number of the record that supersedes this one (with status superseded). */
  supersededBy?: number | null | undefined;
}

export function rowFields(r: repo.AdrRow, supersededBy: number | null): MadrFields {
  return {
    title: r.title,
    status: r.status,
    supersededBy,
    date: r.decided_on,
    deciders: r.deciders,
    consulted: r.consulted,
    informed: r.informed,
    context: r.context,
    options: r.considered_options,
    outcome: r.decision_outcome,
    consequences: r.consequences,
    prosCons: r.pros_and_cons,
  };
}

async function checkServices(db: Db, ids: number[] | undefined): Promise<number[] | undefined> {
  if (!ids) return undefined;
  const known = new Set((await servicesWithOwners(db)).map((s) => s.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw badRequest('Unknown service', [
      { field: 'body.serviceIds', message: `No catalog component with id ${missing.join(', ')}.` },
    ]);
  return ids;
}

async function radarIds(db: Db, keys: string[] | undefined): Promise<number[] | undefined> {
  if (!keys) return undefined;
  const refs = new Map((await radarEntryRefs(db)).map((r) => [r.key.toLowerCase(), r.id]));
  const missing = keys.filter((k) => !refs.has(k.toLowerCase()));
  if (missing.length)
    throw badRequest('Unknown radar entry', [
      { field: 'body.radar', message: `No radar entry with key ${missing.join(', ')}.` },
    ]);
  return keys.map((k) => refs.get(k.toLowerCase())!);
}

async function supersedingRow(db: Db, self: number | null, by: number | null | undefined) {
  if (by === null || by === undefined) return null;
  if (by === self)
    throw badRequest('A record cannot supersede itself.', [
      { field: 'body.supersededBy', message: 'Pick another record.' },
    ]);
  const row = await repo.findAdrByNumber(db, by);
  if (!row)
    throw badRequest(`Decision record ${by} does not exist.`, [
      { field: 'body.supersededBy', message: 'Unknown record number.' },
    ]);
  return row;
}

export async function createAdr(db: Db, actor: AuditActor, input: AdrWrite & { title: string }) {
  return db.transaction().execute(async (trx) => {
    const serviceIds = await checkServices(trx, input.serviceIds);
    const entryIds = await radarIds(trx, input.radar);
    const number = (await repo.maxAdrNumber(trx)) + 1;
    const by = await supersedingRow(trx, number, input.supersededBy);
    const status = by ? 'superseded' : (input.status ?? 'proposed');
    const fields: MadrFields = {
      title: input.title.trim(),
      status,
      supersededBy: by?.number ?? null,
      date: input.date ?? new Date().toISOString().slice(0, 10),
      deciders: input.deciders ?? [],
      consulted: input.consulted ?? [],
      informed: input.informed ?? [],
      context: input.context ?? '',
      options: input.options ?? '',
      outcome: input.outcome ?? '',
      consequences: input.consequences ?? '',
      prosCons: input.prosCons ?? '',
    };
    const fileName = madrFileName(number, fields.title);
    const row = await repo.insertAdr(trx, {
      ...fieldColumns(fields),
      number,
      file_name: fileName,
      superseded_by_id: by?.id ?? null,
      markdown: renderMadr(fields, by ? { number: by.number, fileName: by.file_name } : null),
      source_kind: 'manual',
      source_repository_id: null,
      source_repository: null,
      source_path: null,
      source_sha: null,
      source_removed_at: null,
      edited_at: new Date(),
    });
    await repo.addStatusChange(trx, {
      adr_id: row.id,
      status,
      changed_on: fields.date!,
      actor: actor.label,
    });
    if (serviceIds) await repo.replaceServiceLinks(trx, row.id, serviceIds);
    if (entryIds) await repo.replaceRadarLinks(trx, row.id, entryIds);
    await record(trx, actor, {
      action: 'strategy.adr.create',
      targetType: 'adr',
      targetId: number,
      details: { title: fields.title, status },
    });
    return row;
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies an edit: the columns and only the edited parts of the markdown change. */
export async function updateAdr(db: Db, actor: AuditActor, number: number, input: AdrWrite) {
  return db.transaction().execute(async (trx) => {
    const row = await repo.findAdrByNumber(trx, number);
    if (!row) throw notFound(`Decision record ${number}`);
    const serviceIds = await checkServices(trx, input.serviceIds);
    const entryIds = await radarIds(trx, input.radar);
    const currentBy = row.superseded_by_id ? await repo.findAdrById(trx, row.superseded_by_id) : undefined;
    const by =
      input.supersededBy === undefined
        ? (currentBy ?? null)
        : await supersedingRow(trx, number, input.supersededBy);
    const current = rowFields(row, currentBy?.number ?? null);
    const wanted: MadrFields = {
      title: input.title?.trim() ?? current.title,
      status: input.supersededBy ? 'superseded' : (input.status ?? current.status),
      supersededBy: null,
      date: input.date === undefined ? current.date : input.date,
      deciders: input.deciders ?? current.deciders,
      consulted: input.consulted ?? current.consulted,
      informed: input.informed ?? current.informed,
      context: input.context ?? current.context,
      options: input.options ?? current.options,
      outcome: input.outcome ?? current.outcome,
      consequences: input.consequences ?? current.consequences,
      prosCons: input.prosCons ?? current.prosCons,
    };
    if (wanted.status !== 'superseded') wanted.supersededBy = null;
    else wanted.supersededBy = by?.number ?? null;
    if (wanted.status === 'superseded' && !by)
      throw badRequest('Name the record that supersedes this one.', [
        { field: 'body.supersededBy', message: 'Required when the status is superseded.' },
      ]);
    const edit: MadrEdit = {};
    const changed: string[] = [];
    for (const k of Object.keys(wanted) as (keyof MadrFields)[]) {
      if (k === 'supersededBy') continue;
      if (!same(wanted[k], current[k])) {
        (edit as Record<string, unknown>)[k] = wanted[k];
        changed.push(k);
      }
    }
    if (wanted.supersededBy !== current.supersededBy && !changed.includes('status')) {
      edit.status = wanted.status;
      changed.push('supersededBy');
    }
    const ref = wanted.status === 'superseded' && by ? { number: by.number, fileName: by.file_name } : null;
    let markdown = row.markdown;
    if (changed.length) {
      try {
        markdown = patchMadr(row.markdown, edit, ref);
      } catch (err) {
        throw conflict((err as Error).message);
      }
    }
    const updated = await repo.updateAdr(trx, row.id, {
      ...fieldColumns(wanted),
      superseded_by_id: wanted.status === 'superseded' ? (by?.id ?? null) : null,
      markdown,
      ...(changed.length ? { edited_at: new Date() } : {}),
    });
    if (wanted.status !== current.status) {
      await repo.addStatusChange(trx, {
        adr_id: row.id,
        status: wanted.status,
        changed_on: new Date().toISOString().slice(0, 10),
        actor: actor.label,
      });
    }
    const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
    const haveServices = sorted((await repo.serviceLinks(trx, [row.id])).map((l) => l.service_id));
    const haveRadar = sorted((await repo.radarLinks(trx, [row.id])).map((l) => l.entry_id));
    const servicesChanged = serviceIds !== undefined && !same(sorted(serviceIds), haveServices);
    const radarChanged = entryIds !== undefined && !same(sorted(entryIds), haveRadar);
    if (servicesChanged) await repo.replaceServiceLinks(trx, row.id, serviceIds!);
    if (radarChanged) await repo.replaceRadarLinks(trx, row.id, entryIds!);
    const linked = [...(servicesChanged ? ['services'] : []), ...(radarChanged ? ['radar'] : [])];
    if (changed.length || linked.length) {
      await record(trx, actor, {
        action:
          wanted.status === 'superseded' && current.status !== 'superseded'
            ? 'strategy.adr.supersede'
            : 'strategy.adr.update',
        targetType: 'adr',
        targetId: number,
        details: {
          changed: [...changed, ...linked],
          ...(by && wanted.status === 'superseded' ? { supersededBy: by.number } : {}),
        },
      });
    }
    return updated;
  });
}
