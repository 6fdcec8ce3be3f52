import { PassThrough } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { allow, type Principal } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { auditActor, principalOf } from '../http/authorize.js';
import { forbidden, notFound } from '../http/problem.js';
import type { App, PlatformContext } from '../modules.js';
import type { JobRow } from './jobs.repo.js';
import {
  JobIdParams,
  JobListQuery,
  JobLogOutput,
  JobLogQuery,
  JobOutput,
  ScheduleOutput,
  toJobLogOutput,
  toJobOutput,
  toScheduleOutput,
} from './jobs.schemas.js';
import * as jobs from './jobs.service.js';
import { listSchedules } from './scheduler.js';

/** How often an event stream reads its job again. */
export const EVENTS_POLL_MS = 500;
const KEEP_ALIVE_MS = 15_000;
let openStreams = 0;

/** Event streams being served now (a disconnected client must bring this back down). */
export function openEventStreams(): number {
  return openStreams;
}

const seesEveryJob = (p: Principal) => p.role === 'admin' || p.role === 'executive';

/** Jobs: admins and executives see every job, everyone else the jobs they started. */
export function jobRoutes(app: App, ctx: PlatformContext) {
  const tags = ['jobs'];

  /** The job, if the caller may see it; otherwise not-found (never reveal that it exists). */
  async function visibleJob(request: FastifyRequest, id: number): Promise<JobRow> {
    const p = principalOf(request);
    const job = await jobs.getJob(ctx.db, id);
    if (!job || (!seesEveryJob(p) && job.created_by !== p.userId)) throw notFound(`Job ${id}`);
    return job;
  }

  app.get(
    '/api/v1/jobs',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Jobs, newest first (admins and executives: everyone’s; others: their own)',
        querystring: JobListQuery,
        response: {
          200: z.object({ items: z.array(JobOutput), nextBeforeId: z.number().int().nullable() }),
        },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      if (!seesEveryJob(p) && q.createdBy !== undefined && q.createdBy !== p.userId) {
        return { items: [], nextBeforeId: null };
      }
      const rows = await jobs.listJobs(ctx.db, {
        ...q,
        createdBy: seesEveryJob(p) ? q.createdBy : p.userId,
      });
      return {
        items: rows.map(toJobOutput),
        nextBeforeId: rows.length === q.limit ? (rows[rows.length - 1]?.id ?? null) : null,
      };
    },
  );

  app.get(
    '/api/v1/jobs/:id',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'One job with its progress',
        params: JobIdParams,
        response: { 200: JobOutput },
      },
    },
    async (request) => toJobOutput(await visibleJob(request, request.params.id)),
  );

  app.get(
    '/api/v1/jobs/:id/logs',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'A job’s log lines, oldest first',
        params: JobIdParams,
        querystring: JobLogQuery,
        response: {
          200: z.object({ items: z.array(JobLogOutput), nextAfterId: z.number().int().nullable() }),
        },
      },
    },
    async (request) => {
      const job = await visibleJob(request, request.params.id);
      const { afterId, limit } = request.query;
      const rows = await jobs.jobLogs(ctx.db, job.id, { afterId, limit });
      return {
        items: rows.map(toJobLogOutput),
        nextAfterId: rows.length === limit ? (rows[rows.length - 1]?.id ?? null) : null,
      };
    },
  );

  app.get(
    '/api/v1/jobs/:id/events',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Server-sent events: `progress` (the job) whenever it changes, then `done` when it ends',
        params: JobIdParams,
        response: {
          200: {
            description: 'An event stream; each `data` is the job as in GET /api/v1/jobs/{id}',
            content: { 'text/event-stream': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const job = await visibleJob(request, request.params.id);
      const stream = new PassThrough();
      void streamJob(ctx.db, job, stream, request);
      return (
        reply
          .header('cache-control', 'no-cache, no-transform')
          .header('x-accel-buffering', 'no')
          .type('text/event-stream; charset=utf-8')
          // Streams are sent as they are; the string schema above only documents the event stream.
          .send(stream as unknown as string)
      );
    },
  );

  app.post(
    '/api/v1/jobs',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags,
        summary: 'Start a job of a registered kind (admins: maintenance such as `audit.verify`)',
        body: z.strictObject({
          kind: z.string().min(1).max(100),
          payload: z.record(z.string(), z.unknown()).default({}),
        }),
        response: { 202: JobOutput },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const job = await jobs.enqueueJob(ctx, request.body.kind, request.body.payload, {
        createdBy: p.userId,
        actor: auditActor(request),
      });
      return reply.code(202).send(toJobOutput(job));
    },
  );

  app.post(
    '/api/v1/jobs/:id/cancel',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Cancel a job (its creator or an admin): queued ends at once, running at its next heartbeat',
        params: JobIdParams,
        response: { 200: JobOutput },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const job = await visibleJob(request, request.params.id);
      if (p.role !== 'admin' && job.created_by !== p.userId)
        throw forbidden('Only the account that started a job, or an admin, can cancel it.');
      return toJobOutput(await jobs.requestCancel(ctx.db, job.id, auditActor(request)));
    },
  );

  app.get(
    '/api/v1/job-schedules',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags,
        summary: 'Cron schedules that start jobs (UTC)',
        response: { 200: z.object({ items: z.array(ScheduleOutput) }) },
      },
    },
    async () => ({ items: (await listSchedules(ctx.db)).map(toScheduleOutput) }),
  );
}

/** Writes the job to the stream whenever it changes, until it ends or the client goes away. */
async function streamJob(db: Db, first: JobRow, out: PassThrough, request: FastifyRequest): Promise<void> {
  const gone = new AbortController();
  out.on('close', () => gone.abort());
  openStreams++;
  const send = (text: string) => {
    if (!out.destroyed && !out.writableEnded) out.write(text);
  };
  let eventId = 0;
  const event = (name: string, data: unknown) =>
    send(`event: ${name}\nid: ${++eventId}\ndata: ${JSON.stringify(data)}\n\n`);
  try {
    send('retry: 2000\n\n');
    let job: JobRow | undefined = first;
    let last = '';
    let lastWrite = Date.now();
    while (!gone.signal.aborted) {
      if (!job) {
        event('error', { detail: `Job ${first.id} was deleted.` });
        break;
      }
      const body = toJobOutput(job);
      const text = JSON.stringify(body);
      if (text !== last) {
        event('progress', body);
        last = text;
        lastWrite = Date.now();
      } else if (Date.now() - lastWrite >= KEEP_ALIVE_MS) {
        send(': keep-alive\n\n');
        lastWrite = Date.now();
      }
      if (jobs.isTerminal(job.state)) {
        event('done', body);
        break;
      }
      await delay(EVENTS_POLL_MS, undefined, { signal: gone.signal }).catch(() => {});
      if (gone.signal.aborted) break;
      job = await jobs.getJob(db, first.id);
    }
  } catch (err) {
    request.log.error({ err }, 'job event stream failed');
    event('error', { detail: 'The server could not read the job; reconnect to resume.' });
  } finally {
    openStreams--;
    if (!out.destroyed) out.end();
  }
}
