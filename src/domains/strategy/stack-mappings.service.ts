/** The leaders' rules mapping packages to radar entries: read, and replaced as a whole (audited). */
import type { AuditActor } from '../../platform/audit/audit.service.js';
import { record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest } from '../../platform/http/problem.js';
import { radarEntryRefs } from './radar.repo.js';
import * as repo from './stack.repo.js';
import type { MappingRule } from './stack-match.js';

export async function stackMappings(db: Db) {
  const [rules, entries] = await Promise.all([repo.listMappings(db), radarEntryRefs(db)]);
  return {
    rules: rules.map((r) => ({ ecosystem: r.ecosystem, pattern: r.pattern, entryKey: r.entryKey })),
    entries: entries.map((e) => ({ key: e.key, name: e.name, ring: e.ring })),
  };
}

export async function saveMappings(db: Db, actor: AuditActor, rules: MappingRule[]): Promise<void> {
  const keys = new Set((await radarEntryRefs(db)).map((e) => e.key));
  const errors: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (!keys.has(r.entryKey))
      errors.push({ field: `rules[${i}].entryKey`, message: `no radar entry has the key "${r.entryKey}"` });
    const k = `${r.ecosystem}\u0000${r.pattern}`;
    if (seen.has(k))
      errors.push({ field: `rules[${i}].pattern`, message: `${r.ecosystem}:${r.pattern} is listed twice` });
    seen.add(k);
  });
  if (errors.length) throw badRequest('Some mapping rules are not valid; nothing was saved.', errors);
  const before = await repo.listMappings(db);
  await db.transaction().execute(async (trx) => {
    await repo.replaceMappings(
      trx,
      rules.map((r, i) => ({
        ecosystem: r.ecosystem.trim(),
        pattern: r.pattern.trim(),
        entryKey: r.entryKey,
        position: i,
      })),
    );
    await record(trx, actor, {
      action: 'strategy.stack-mappings.replace',
      targetType: 'stack-mappings',
      details: { before: before.length, after: rules.length },
    });
  });
}
