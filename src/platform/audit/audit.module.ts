import { ago, noData } from '../checks.js';
import { finishedJobs } from '../jobs/jobs.service.js';
import type { CheckDefinition, DomainModule, JobDefinition } from '../modules.js';
import { auditRoutes } from './audit.routes.js';
import * as audit from './audit.service.js';

/** Re-verifies the whole chain as a background job (nightly by default); a broken chain fails the job. */
export const auditVerifyJob: JobDefinition = {
  kind: 'audit.verify',
  description: 'Recompute the audit log hash chain',
  maxAttempts: 1,
  async run(ctx) {
    const total = await audit.count(ctx.db);
    await ctx.progress(0, total, 'verifying the hash chain');
    // Awaited, so that a lost lease stops the job instead of surfacing as a stray rejection.
    const result = await audit.verify(ctx.db, (checked) => ctx.progress(checked, total, 'rows verified'));
    if (!result.ok) {
      throw new Error(`Audit log tampered at row ${result.brokenAt!.id}: ${result.brokenAt!.reason}`);
    }
    await ctx.progress(result.checked, total, 'intact');
    return { ok: true, checked: result.checked, lastId: result.lastId };
  },
};

const VERIFIED_RECENTLY_MS = 48 * 3600_000;

/** Whether the audit trail is intact, from the latest verification job. */
export const auditChainCheck: CheckDefinition = {
  id: 'platform.audit-chain',
  group: 'platform',
  title: 'Audit log intact',
  roles: ['admin', 'executive'],
  explanation:
    'Result of the latest audit.verify job, which recomputes the hash chain of every audit row (nightly at ' +
    '03:17 UTC). Good when intact and verified within 48 hours; watch when the last verification is older; ' +
    'bad when a row was altered or removed.',
  async evaluate({ db, from, to }) {
    const [latest] = await finishedJobs(
      db,
      { kindPrefixes: ['audit.verify'], states: ['succeeded', 'failed'] },
      1,
    );
    if (!latest?.finished_at) {
      return noData(
        'The audit log has not been verified yet.',
        'Start the audit.verify job on the Jobs page (or run `quarterdeck audit verify`); it also runs nightly.',
        { href: '/admin/jobs', label: 'Background jobs' },
      );
    }
    const runs = await finishedJobs(db, { kindPrefixes: ['audit.verify'], states: ['succeeded'], from, to });
    const age = Date.now() - latest.finished_at.getTime();
    const checked = Number((latest.result as { checked?: number } | null)?.checked ?? 0);
    const intact = latest.state === 'succeeded';
    return {
      status: !intact ? 'bad' : age <= VERIFIED_RECENTLY_MS ? 'good' : 'watch',
      value: intact ? checked : null,
      unit: 'rows verified',
      display: intact
        ? `Intact · ${checked} rows verified ${ago(age)}`
        : `Tampering found ${ago(age)}: ${latest.last_error}`,
      target: 'intact, verified within 48 h',
      trend: runs
        .slice()
        .reverse()
        .map((j) => ({
          at: j.finished_at!.toISOString(),
          value: Number((j.result as { checked?: number } | null)?.checked ?? 0),
        })),
      evidence: { href: `/admin/jobs/${latest.id}`, label: `Verification job ${latest.id}` },
      noData: null,
    };
  },
};

export const auditModule: DomainModule = {
  name: 'audit',
  register(r) {
    r.routes(auditRoutes);
    r.job(auditVerifyJob);
    r.check(auditChainCheck);
    r.schedule({ name: 'audit-verify-nightly', cron: '17 3 * * *', kind: 'audit.verify' });
  },
};
