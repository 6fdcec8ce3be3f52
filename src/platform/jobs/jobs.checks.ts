import { ago, dailyCounts, noData } from '../checks.js';
import type { CheckDefinition } from '../modules.js';
import { finishedJobs } from './jobs.service.js';

const FRESH_MS = 26 * 3600_000;
const STALE_MS = 7 * 24 * 3600_000;

/** How old the newest successful import or sync is: numbers are only as fresh as their data. */
export const dataFreshnessCheck: CheckDefinition = {
  id: 'platform.data-freshness',
  group: 'platform',
  title: 'Data freshness',
  explanation:
    'Age of the newest successful import or sync job (job kinds import.* and sync.*). Good within 26 hours ' +
    '(a daily sync), watch up to 7 days, bad after. Applies to the whole organization, not a team.',
  async evaluate({ db, from, to }) {
    const [latest] = await finishedJobs(db, { kindPrefixes: ['import.', 'sync.'], states: ['succeeded'] }, 1);
    if (!latest?.finished_at) {
      return noData(
        'No data source has been imported or synced yet.',
        'Import your organization’s data with `quarterdeck import <kind> <path>` (`quarterdeck import --list` shows the importers).',
        { href: '/admin/jobs', label: 'Background jobs' },
      );
    }
    const age = Date.now() - latest.finished_at.getTime();
    const inRange = await finishedJobs(db, {
      kindPrefixes: ['import.', 'sync.'],
      states: ['succeeded'],
      from,
      to,
    });
    return {
      status: age <= FRESH_MS ? 'good' : age <= STALE_MS ? 'watch' : 'bad',
      value: Math.round(age / 3600_000),
      unit: 'hours',
      display: `Last ${latest.kind} ${ago(age)}`,
      target: 'within 26 h',
      trend: dailyCounts(
        inRange.map((j) => j.finished_at!),
        from,
        to,
      ),
      evidence: { href: `/admin/jobs/${latest.id}`, label: `Job ${latest.id}` },
      noData: null,
    };
  },
};

/** Background work that failed in the range: a failed import means numbers that are silently old. */
export const failedJobsCheck: CheckDefinition = {
  id: 'platform.failed-jobs',
  group: 'platform',
  title: 'Failed background jobs',
  roles: ['admin', 'executive'],
  explanation:
    'Jobs that ended failed (after their retries) in the selected range. Good at 0; any failure is bad until ' +
    'looked at. The trend counts failures per day.',
  async evaluate({ db, from, to }) {
    const ended = await finishedJobs(db, { kindPrefixes: [''], states: ['succeeded', 'failed'], from, to });
    if (ended.length === 0) {
      return noData(
        'No background job ended in this range.',
        'Jobs run for imports, syncs and nightly checks; widen the range.',
        {
          href: '/admin/jobs',
          label: 'Background jobs',
        },
      );
    }
    const failed = ended.filter((j) => j.state === 'failed');
    return {
      status: failed.length === 0 ? 'good' : 'bad',
      value: failed.length,
      unit: 'jobs',
      display: `${failed.length} of ${ended.length} failed`,
      target: '0',
      trend: dailyCounts(
        failed.map((j) => j.finished_at!),
        from,
        to,
      ),
      evidence: { href: '/admin/jobs?state=failed', label: 'Failed jobs' },
      noData: null,
    };
  },
};
