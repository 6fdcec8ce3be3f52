/** Reading import streams: peeking at their first bytes, and gzip recognized by its signature. */

import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * The first bytes of a stream (at least `bytes`, or up to the first newline when `untilNewline`, at most
 * `limit`) and the whole stream again, those bytes included.
 */
export async function peekStream(
  input: AsyncIterable<unknown>,
  opts: { bytes?: number; untilNewline?: boolean; limit?: number },
): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  const enough = () => {
    if (size >= (opts.limit ?? 64 * 1024)) return true;
    if (opts.untilNewline) return chunks.some((c) => c.includes(10));
    return size >= (opts.bytes ?? 1);
  };
  while (!enough()) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
    }
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

/** The stream's bytes, decompressed when they start with the gzip signature (whatever the file's name). */
export async function decompressed(input: Readable): Promise<Readable> {
  const { head, stream } = await peekStream(input, { bytes: 2 });
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip();
    stream.on('error', (err) => gunzip.destroy(err));
    return stream.pipe(gunzip);
  }
  return stream;
}
