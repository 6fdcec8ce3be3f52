import { useEffect, useId, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { type Job, TERMINAL_JOB_STATES } from '../../api/types';
import { JobStateBadge } from './job-state-badge.component';
import './job-progress.css';

const POLL_MS = 1500;
const isTerminal = (job: Job) => TERMINAL_JOB_STATES.includes(job.state);

/**
 * Live progress of a background job: server-sent events from `GET /api/v1/jobs/:id/events`, and
 * polling `GET /api/v1/jobs/:id` when the stream is not available (a proxy that buffers, an old browser).
 */
export function JobProgress({
  jobId,
  initial,
  onUpdate,
}: {
  jobId: number;
  initial?: Job;
  /** Called with every new state of the job (e.g. to refresh its logs). */
  onUpdate?: (job: Job) => void;
}) {
  const [job, setJob] = useState<Job | undefined>(initial);
  const [mode, setMode] = useState<'live' | 'polling'>('live');
  const onUpdateRef = useRef(onUpdate);
  onUpdateRef.current = onUpdate;
  const labelId = useId();

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    let source: EventSource | undefined;
    const update = (next: Job) => {
      if (stopped) return;
      setJob(next);
      onUpdateRef.current?.(next);
    };

    const poll = async () => {
      try {
        const next = await unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId } } }));
        update(next);
        if (isTerminal(next)) return;
      } catch {
        // Try again at the next tick; the page shows the last known state.
      }
      if (!stopped) timer = window.setTimeout(poll, POLL_MS);
    };

    const fallBackToPolling = () => {
      source?.close();
      if (stopped) return;
      setMode('polling');
      void poll();
    };

    if (typeof EventSource === 'undefined') {
      fallBackToPolling();
    } else {
      source = new EventSource(`/api/v1/jobs/${jobId}/events`, { withCredentials: true });
      const onJob = (event: MessageEvent<string>) => update(JSON.parse(event.data) as Job);
      source.addEventListener('progress', onJob);
      source.addEventListener('done', (event) => {
        onJob(event);
        source?.close();
      });
      // A named `error` event carries the server's reason; a bare one means the stream broke.
      source.addEventListener('error', fallBackToPolling);
    }
    return () => {
      stopped = true;
      source?.close();
      window.clearTimeout(timer);
    };
  }, [jobId]);

  if (!job) return <p className="loading">Connecting to the job…</p>;
  const { done, total, message } = job.progress;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="job-progress">
      <div className="job-progress__head">
        <span id={labelId} className="job-progress__label">
          Job {job.id} · <code>{job.kind}</code>
        </span>
        <span role="status">
          <JobStateBadge state={job.state} cancelling={job.cancelRequested} />
        </span>
      </div>
      <progress
        className="job-progress__bar"
        aria-labelledby={labelId}
        max={total ?? undefined}
        value={total ? done : job.state === 'succeeded' ? 1 : undefined}
      />
      <p className="job-progress__text">
        {total ? (
          <>
            {done.toLocaleString()} of {total.toLocaleString()} ({percent}%)
          </>
        ) : (
          <>{done.toLocaleString()} done</>
        )}
        {message ? <> — {message}</> : null}
        <span className="job-progress__mode">
          {isTerminal(job) ? '' : mode === 'live' ? ' · live' : ' · updating every few seconds'}
        </span>
      </p>
      {job.lastError ? (
        <p className="job-progress__error">
          <strong>Error:</strong> {job.lastError}
        </p>
      ) : null}
    </div>
  );
}
