import type { Command } from 'commander';
import createClient from 'openapi-fetch';
import type { paths } from '../web/api/schema.js';
import { CliError, printJson } from './context.js';
import { progressBar } from './progress.js';

interface ApiOptions {
  url: string;
  token?: string;
}

type JobJson = paths['/api/v1/jobs/{id}']['get']['responses'][200]['content']['application/json'];

/**
 * The API client typed from the server's OpenAPI document (the same types as the web app's client):
 * works while the server holds the embedded database.
 */
function client(o: ApiOptions) {
  if (!o.token)
    throw new CliError('Pass --token or set QUARTERDECK_TOKEN (create one with `quarterdeck token create`).');
  return createClient<paths>({ baseUrl: o.url, headers: { authorization: `Bearer ${o.token}` } });
}

/** The answer's data, or a CliError with the problem's detail. */
async function data<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  o: ApiOptions,
): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch (err) {
    throw new CliError(`Cannot reach Quarterdeck at ${o.url}: ${(err as Error).message}`);
  }
  if (result.error !== undefined || result.data === undefined) {
    const detail = (result.error as { detail?: string } | undefined)?.detail;
    throw new CliError(`${result.response.status}: ${detail ?? result.response.statusText}`);
  }
  return result.data;
}

/** Reads a server-sent event stream, calling `onEvent` for each event. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (name: string, data: string) => void,
): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
      onEvent(name, data);
      end = buffer.indexOf('\n\n');
    }
  }
}

export function jobsCommands(program: Command) {
  const jobs = program
    .command('jobs')
    .description(
      'Background jobs of a running server (uses the API: --url and --token, or QUARTERDECK_URL / QUARTERDECK_TOKEN)',
    );
  const withApi = (c: Command) =>
    c
      .option('--url <url>', 'the server', process.env.QUARTERDECK_URL ?? 'http://127.0.0.1:4321')
      .option('--token <token>', 'an API token with the read scope', process.env.QUARTERDECK_TOKEN);

  withApi(jobs.command('list').description('Recent jobs'))
    .option('--state <state>', 'queued, running, succeeded, failed or cancelled')
    .option('--json', 'machine-readable output')
    .action(async (o: ApiOptions & { state?: string; json?: boolean }) => {
      const state = o.state as JobJson['state'] | undefined;
      const { items } = await data(client(o).GET('/api/v1/jobs', { params: { query: { state } } }), o);
      if (o.json) return printJson(items);
      if (items.length === 0) process.stdout.write('No jobs.\n');
      for (const j of items) {
        const p = j.progress.total ? `${j.progress.done}/${j.progress.total}` : String(j.progress.done);
        process.stdout.write(
          `${String(j.id).padStart(6)}  ${j.kind.padEnd(24)} ${j.state.padEnd(10)} ${p.padEnd(14)} ${j.createdAt}\n`,
        );
      }
    });

  withApi(
    jobs
      .command('watch <id>')
      .description('Follow a job with a progress bar until it ends; exit 1 if it fails'),
  )
    .option('--json', 'print the final job as JSON')
    .action(async (id: string, o: ApiOptions & { json?: boolean }) => {
      const jobId = Number(id);
      if (!Number.isInteger(jobId) || jobId < 1) throw new CliError(`"${id}" is not a job id`);
      const stream = await data(
        client(o).GET('/api/v1/jobs/{id}/events', { params: { path: { id: jobId } }, parseAs: 'stream' }),
        o,
      );
      const bar = progressBar(`job ${id}`, { quiet: o.json });
      let last: JobJson | undefined;
      await readEvents(stream as ReadableStream<Uint8Array>, (name, data) => {
        if (name === 'progress' || name === 'done') {
          last = JSON.parse(data) as JobJson;
          bar.update(last.progress.done, last.progress.total, last.progress.message ?? '');
        }
        if (name === 'error') process.stderr.write(`\n${data}\n`);
      });
      bar.stop();
      if (!last) throw new CliError(`The server ended the stream of job ${id} without news.`);
      if (o.json) printJson(last);
      else
        process.stdout.write(
          `Job ${last.id} (${last.kind}) ${last.state}${last.lastError ? `: ${last.lastError}` : ''}\n`,
        );
      if (last.state === 'failed' || last.state === 'cancelled')
        throw new CliError(`Job ${last.id} ${last.state}.`);
    });

  withApi(jobs.command('cancel <id>').description('Cancel a queued or running job')).action(
    async (id: string, o: ApiOptions) => {
      await data(client(o).POST('/api/v1/jobs/{id}/cancel', { params: { path: { id: Number(id) } } }), o);
      process.stdout.write(`Asked job ${id} to stop.\n`);
    },
  );
}
