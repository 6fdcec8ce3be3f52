/**
 * The scan's side of the git reader process: one small child process per scan that spawns the git
 * processes (cheap from a small process), answering snapshot requests over IPC. If it cannot start or
 * dies, the scan reads git in process instead.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BatchSnapshot, SnapshotRequest } from './stack-git-batch.js';

/** The reader process is gone; the caller reads in process. */
export class GitReaderGone extends Error {}

export class GitReader {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: BatchSnapshot | null) => void; reject: (e: Error) => void }
  >();
  private gone: Error | null = null;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: { id: number; result?: BatchSnapshot | null; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result ?? null);
    });
    const fail = () => {
      this.gone = new GitReaderGone('the git reader process ended');
      for (const p of this.pending.values()) p.reject(this.gone);
      this.pending.clear();
    };
    child.on('exit', fail);
    child.on('error', fail);
  }

  static start(): GitReader | null {
    try {
      const child = fork(fileURLToPath(new URL('./stack-git-reader.worker.mjs', import.meta.url)), [], {
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        execArgv: [],
      });
      return new GitReader(child);
    } catch {
      return null;
    }
  }

  snapshot(req: Omit<SnapshotRequest, 'id'>): Promise<BatchSnapshot | null> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...req, id }, (err) => {
        if (err) {
          this.pending.delete(id);
          reject(new GitReaderGone(err.message));
        }
      });
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}
