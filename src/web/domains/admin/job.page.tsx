import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { type Job, type JobLog, TERMINAL_JOB_STATES } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { useSession, useUser } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { formatDateTime } from '../../ui/format/format';
import { JobProgress } from '../../ui/job-progress/job-progress.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import './admin.css';

/** A job's log lines, loaded in pages and then followed while the job runs. */
function useJobLogs(jobId: number) {
  const [lines, setLines] = useState<JobLog[]>([]);
  const lastId = useRef(0);
  const loading = useRef(false);
  const more = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    try {
      for (;;) {
        const page = await unwrap(
          api.GET('/api/v1/jobs/{id}/logs', {
            params: { path: { id: jobId }, query: { afterId: lastId.current, limit: 500 } },
          }),
        );
        if (page.items.length > 0) {
          lastId.current = page.items[page.items.length - 1]?.id ?? lastId.current;
          setLines((all) => [...all, ...page.items]);
        }
        if (page.nextAfterId === null) break;
      }
    } catch {
      // The next progress event tries again.
    } finally {
      loading.current = false;
    }
  }, [jobId]);
  useEffect(() => {
    setLines([]);
    lastId.current = 0;
    void more();
  }, [more]);
  return { lines, more };
}

/** `/admin/jobs/:id`: live progress, details, logs, and cancel. */
export function JobPage() {
  const id = Number(useParams().id);
  const user = useUser();
  const { can } = useSession();
  const toast = useToast();
  const initial = useApi(`job:${id}`, (signal) =>
    unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } }, signal })),
  );
  const [job, setJob] = useState<Job>();
  const { lines, more } = useJobLogs(id);
  const current = job ?? initial.data;

  const onUpdate = useCallback(
    (next: Job) => {
      setJob(next);
      void more();
    },
    [more],
  );

  if (initial.error) {
    return (
      <div className="page">
        <PageHeader title={`Job ${id}`} />
        <ProblemView error={initial.error} onRetry={initial.reload} />
      </div>
    );
  }
  if (!current) return <p className="loading">Loading…</p>;
  const terminal = TERMINAL_JOB_STATES.includes(current.state);
  const mayCancel =
    !terminal && !current.cancelRequested && (can(['admin']) || current.createdBy === user.id);

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/jobs">Jobs</Link> <span aria-hidden="true">›</span> Job {id}
      </p>
      <PageHeader
        title={`Job ${id}: ${current.kind}`}
        actions={
          mayCancel ? (
            <ConfirmButton
              label="Cancel job"
              question={`Cancel job ${id}?`}
              confirmLabel="Yes, cancel it"
              onConfirm={async () => {
                try {
                  setJob(await unwrap(api.POST('/api/v1/jobs/{id}/cancel', { params: { path: { id } } })));
                  toast(`Cancellation of job ${id} requested`);
                } catch (err) {
                  toast(err instanceof Error ? err.message : 'Could not cancel', 'error');
                }
              }}
            />
          ) : null
        }
      />
      <section className="panel" aria-label="Progress">
        <JobProgress jobId={id} initial={initial.data} onUpdate={onUpdate} />
      </section>
      <section className="panel" aria-labelledby="job-details">
        <h2 id="job-details">Details</h2>
        <dl className="definition-list">
          <dt>Kind</dt>
          <dd>
            <code>{current.kind}</code>
          </dd>
          <dt>Created</dt>
          <dd>
            {formatDateTime(current.createdAt)}
            {current.scheduleName ? ` by the schedule “${current.scheduleName}”` : ''}
          </dd>
          <dt>Started</dt>
          <dd>{formatDateTime(current.startedAt)}</dd>
          <dt>Finished</dt>
          <dd>{formatDateTime(current.finishedAt)}</dd>
          <dt>Attempts</dt>
          <dd>
            {current.attempts} of {current.maxAttempts}
          </dd>
          <dt>Payload</dt>
          <dd>
            <pre className="json">{JSON.stringify(current.payload, null, 2)}</pre>
          </dd>
          {current.result ? (
            <>
              <dt>Result</dt>
              <dd>
                <pre className="json">{JSON.stringify(current.result, null, 2)}</pre>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="panel" aria-labelledby="job-logs">
        <h2 id="job-logs">Log</h2>
        {lines.length === 0 ? (
          <p className="muted">No log lines yet.</p>
        ) : (
          <ol className="job-log">
            {lines.map((l) => (
              <li key={l.id} className={`job-log__line job-log__line--${l.level}`}>
                <time dateTime={l.at}>{formatDateTime(l.at)}</time>{' '}
                <span className="job-log__level">{l.level.toUpperCase()}</span> {l.message}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
