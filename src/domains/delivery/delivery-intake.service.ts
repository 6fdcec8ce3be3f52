/**
 * Deployments and incidents sent by CI systems and incident tools: the generic format as a request body,
 * and Apache DevLake's webhook payloads. Each request is validated with the import rules (errors name the
 * item and field; nothing is written), applied in one transaction, and audited.
 */

import { Readable } from 'node:stream';
import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { resolveIncident } from './delivery.repo.js';
import { applyDeliveryInput } from './delivery-import.service.js';
import { refreshDerived } from './deployment-mapping.service.js';
import type { DeliveryParseResult } from './importers/delivery-input.js';
import { closeDevlakeIssue, parseDevlakeDeployment, parseDevlakeIssue } from './importers/devlake-webhook.js';
import { parseGenericDeliveryStream } from './importers/generic-delivery.js';

export interface IntakeResult {
  summary: string;
  counts: Record<string, number>;
  warnings: string[];
}

async function applyParsed(
  db: Db,
  actor: AuditActor,
  kind: string,
  parsed: DeliveryParseResult,
): Promise<IntakeResult> {
  if (parsed.issues.some((i) => i.severity === 'error')) throw new ImportRejected(kind, parsed.issues);
  return db.transaction().execute(async (trx) => {
    const r = await applyDeliveryInput(trx, parsed.input);
    await record(trx, actor, {
      action: `delivery.${kind.replace(/\s+/g, '-')}.receive`,
      targetType: parsed.input.source,
      details: r.counts,
    });
    const warnings = [...parsed.issues, ...r.issues]
      .filter((i) => i.severity === 'warning')
      .map((i) => `${i.field ? `${i.field}: ` : ''}${i.message}`);
    const counts = Object.fromEntries(Object.entries(r.counts).filter(([, n]) => n > 0));
    return {
      summary: `Received ${
        Object.entries(counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ') || 'nothing new'
      }.`,
      counts,
      warnings,
    };
  });
}

/** Records of the generic format (one object or a list) sent as JSON; `type` defaults to the endpoint's. */
export async function receiveGeneric(
  db: Db,
  actor: AuditActor,
  type: 'deployment' | 'incident',
  body: Record<string, unknown> | Record<string, unknown>[],
  source: string,
): Promise<IntakeResult> {
  const items = Array.isArray(body) ? body : [body];
  const lines = items.map((item) => JSON.stringify({ type, ...item })).join('\n');
  const parsed = await parseGenericDeliveryStream(Readable.from([lines]), {
    file: 'request body',
    format: 'jsonl',
    source,
  });
  return applyParsed(db, actor, `${type}s`, parsed);
}

export async function receiveDevlakeDeployment(
  db: Db,
  actor: AuditActor,
  body: unknown,
  service: string | undefined,
): Promise<IntakeResult> {
  const parsed = parseDevlakeDeployment(
    body,
    { file: 'request body' },
    { service, receivedAt: new Date().toISOString() },
  );
  if (parsed.ignored && !parsed.issues.some((i) => i.severity === 'error')) {
    return { summary: `Ignored: ${parsed.ignored}`, counts: {}, warnings: [] };
  }
  return applyParsed(db, actor, 'DevLake deployment', parsed);
}

export async function receiveDevlakeIssue(
  db: Db,
  actor: AuditActor,
  body: unknown,
  service: string | undefined,
): Promise<IntakeResult> {
  const parsed = parseDevlakeIssue(body, { file: 'request body' }, { service });
  if (parsed.ignored && !parsed.issues.some((i) => i.severity === 'error')) {
    return { summary: `Ignored: ${parsed.ignored}`, counts: {}, warnings: [] };
  }
  return applyParsed(db, actor, 'DevLake issue', parsed);
}

/**
 * Closes an incident reported through DevLake's issue webhook. An unknown key (a bug or requirement that
 * was ignored, not an incident) is answered as ignored rather than refused, so CI scripts keep working.
 */
export async function closeDevlake(db: Db, actor: AuditActor, issueKey: string): Promise<IntakeResult> {
  const c = closeDevlakeIssue(issueKey, new Date().toISOString());
  if (!c.close) throw new ImportRejected('DevLake issue close', c.issues);
  const close = c.close;
  return db.transaction().execute(async (trx): Promise<IntakeResult> => {
    const found = await resolveIncident(trx, close.source, close.id, close.resolvedAt);
    if (!found)
      return {
        summary: `Ignored: no incident ${issueKey} from DevLake is stored.`,
        counts: {},
        warnings: [],
      };
    await refreshDerived(trx, { repositoryIds: [], incidents: true });
    await record(trx, actor, {
      action: 'delivery.incident.resolve',
      targetType: close.source,
      targetId: issueKey,
    });
    return { summary: `Incident ${issueKey} resolved.`, counts: { 'incidents resolved': 1 }, warnings: [] };
  });
}
