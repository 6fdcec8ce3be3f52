import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Job, JobState } from '../../api/types';
import { useSession, useUser } from '../../app/session/session.context';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { compactJson, formatDateTime } from '../../ui/format/format';
import { JobStateBadge } from '../../ui/job-progress/job-state-badge.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { useToast } from '../../ui/toast/toast.component';

const STATES: JobState[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled'];

const FILTERS: Filter[] = [
  {
    id: 'state',
    label: 'State',
    type: 'select',
    options: STATES.map((s) => ({ value: s, label: s[0]?.toUpperCase() + s.slice(1) })),
  },
  { id: 'kind', label: 'Kind', type: 'text', placeholder: 'e.g. audit.verify' },
];

function progressText(j: Job): string {
  const { done, total, message } = j.progress;
  const amount = total
    ? `${done.toLocaleString()} / ${total.toLocaleString()}`
    : done
      ? done.toLocaleString()
      : '';
  return [amount, message].filter(Boolean).join(' — ') || '—';
}

const COLUMNS: Column<Job>[] = [
  {
    id: 'id',
    header: 'Job',
    rowHeader: true,
    cell: (j) => <Link to={`/admin/jobs/${j.id}`}>Job {j.id}</Link>,
    csv: (j) => j.id,
  },
  { id: 'kind', header: 'Kind', cell: (j) => <code>{j.kind}</code>, csv: (j) => j.kind },
  {
    id: 'state',
    header: 'State',
    cell: (j) => <JobStateBadge state={j.state} cancelling={j.cancelRequested} />,
    csv: (j) => j.state,
  },
  { id: 'progress', header: 'Progress', cell: progressText, csv: progressText },
  {
    id: 'createdAt',
    header: 'Created',
    nowrap: true,
    cell: (j) => formatDateTime(j.createdAt),
    csv: (j) => j.createdAt,
  },
  {
    id: 'finishedAt',
    header: 'Finished',
    nowrap: true,
    cell: (j) => formatDateTime(j.finishedAt),
    csv: (j) => j.finishedAt,
  },
  {
    id: 'attempts',
    header: 'Attempts',
    align: 'end',
    cell: (j) => `${j.attempts} of ${j.maxAttempts}`,
    csv: (j) => j.attempts,
    hidden: true,
  },
  {
    id: 'schedule',
    header: 'Schedule',
    cell: (j) => j.scheduleName ?? '—',
    csv: (j) => j.scheduleName,
    hidden: true,
  },
  {
    id: 'payload',
    header: 'Payload',
    cell: (j) => <code>{compactJson(j.payload, 60)}</code>,
    csv: (j) => JSON.stringify(j.payload),
    hidden: true,
  },
  {
    id: 'lastError',
    header: 'Error',
    cell: (j) => j.lastError ?? '—',
    csv: (j) => j.lastError,
    hidden: true,
  },
];

/** `/admin/jobs`: background jobs, newest first; admins can start an audit-log verification. */
export function JobsPage() {
  const { can } = useSession();
  const user = useUser();
  const navigate = useNavigate();
  const toast = useToast();
  const [starting, setStarting] = useState(false);
  const seesAll = can(['admin', 'executive']);

  const fetchPage: FetchPage<Job> = useCallback(async (q, signal) => {
    const state = STATES.find((s) => s === q.filters.state);
    const page = await unwrap(
      api.GET('/api/v1/jobs', {
        params: {
          query: {
            state,
            kind: q.filters.kind || undefined,
            beforeId: q.cursor ? Number(q.cursor) : undefined,
            limit: q.limit,
          },
        },
        signal,
      }),
    );
    return {
      items: page.items,
      total: null,
      nextCursor: page.nextBeforeId === null ? null : String(page.nextBeforeId),
    };
  }, []);

  const startVerify = async () => {
    setStarting(true);
    try {
      const job = await unwrap(api.POST('/api/v1/jobs', { body: { kind: 'audit.verify', payload: {} } }));
      toast(`Started job ${job.id}: audit log verification`);
      navigate(`/admin/jobs/${job.id}`);
    } catch (err) {
      toast(err instanceof Error ? err.message : 'Could not start the job', 'error');
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title="Jobs"
        description={
          seesAll
            ? 'Background work of this installation (imports, verifications, schedules), newest first.'
            : `The background jobs you started, ${user.name.split(' ')[0]}, newest first.`
        }
        actions={
          can(['admin']) ? (
            <button
              type="button"
              className="button button--primary"
              onClick={startVerify}
              disabled={starting}
            >
              {starting ? 'Starting…' : 'Verify the audit log (start a job)'}
            </button>
          ) : null
        }
      />
      <DataTable
        id="jobs"
        label="Jobs"
        columns={COLUMNS}
        rowKey={(j) => j.id}
        filters={FILTERS}
        fetchPage={fetchPage}
        paging="cursor"
        maxPageSize={200}
        empty={
          <EmptyState title="No jobs yet">
            Jobs appear when an import, a verification or a scheduled task runs. Imports started with{' '}
            <code>quarterdeck import …</code> and the nightly audit-log verification show up here.
          </EmptyState>
        }
      />
    </div>
  );
}
