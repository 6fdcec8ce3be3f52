/**
 * One `git cat-file --batch-command` process per repository (git 2.36 or newer) answers everything a
 * scan needs: HEAD's tree (an unchanged tree ends the conversation), the trees below it, the size of
 * every blob (for language shares) and the contents of the manifests whose blob id changed. One process
 * instead of three per repository is what keeps a scan of thousands of clones fast.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { gitEnv, SAFE_CONFIG } from '../delivery/importers/git-log-repo.js';
import type { SourceFile } from './stack-store.service.js';

interface Answer {
  oid: string;
  type: string;
  size: number;
  content?: Buffer;
}

interface Waiter {
  kind: 'info' | 'contents';
  resolve: (a: Answer | null) => void;
  reject: (e: Error) => void;
}

/** A conversation with `git cat-file --batch-command`; answers come back in the order asked. */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly waiters: Waiter[] = [];
  private failure: Error | null = null;
  private stderr = '';

  constructor(repoPath: string) {
    this.child = spawn('git', [...SAFE_CONFIG, '-C', repoPath, 'cat-file', '--batch-command'], {
      env: gitEnv(repoPath),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (b: Buffer) => {
      this.chunks.push(b);
      this.buffered += b.length;
      this.drain();
    });
    this.child.stderr.on('data', (b: Buffer) => {
      this.stderr += b.toString('utf8');
    });
    this.child.stdin.on('error', () => {});
    const fail = (e: Error) => {
      this.failure = e;
      for (const w of this.waiters.splice(0)) w.reject(e);
    };
    this.child.on('error', fail);
    this.child.on('close', (code) =>
      fail(new Error(`git cat-file exited (${code}): ${this.stderr.trim() || 'no message'}`)),
    );
  }

  private drain(): void {
    while (this.waiters.length && this.buffered > 0) {
      const buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      this.chunks = [buf];
      const nl = buf.indexOf(10);
      if (nl < 0) return;
      const [oid = '', type = '', size = ''] = buf.subarray(0, nl).toString('utf8').split(' ');
      const w = this.waiters[0]!;
      let used = nl + 1;
      let answer: Answer | null = null;
      if (type !== 'missing' && type !== 'ambiguous' && size !== '') {
        answer = { oid, type, size: Number(size) };
        if (w.kind === 'contents') {
          if (buf.length < nl + 1 + answer.size + 1) return;
          answer.content = buf.subarray(nl + 1, nl + 1 + answer.size);
          used = nl + 1 + answer.size + 1;
        }
      }
      this.chunks = used < buf.length ? [buf.subarray(used)] : [];
      this.buffered = buf.length - used;
      this.waiters.shift();
      w.resolve(answer);
    }
  }

  ask(kind: 'info' | 'contents', object: string): Promise<Answer | null> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiters.push({ kind, resolve, reject });
      this.child.stdin.write(`${kind} ${object}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** Entries of a raw tree object: `<mode> <name>\0<binary id>`. */
export function parseTreeObject(
  content: Buffer,
  idBytes: number,
): { mode: string; name: string; oid: string }[] {
  const out: { mode: string; name: string; oid: string }[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(32, at);
    const nul = content.indexOf(0, space);
    if (space < 0 || nul < 0) break;
    out.push({
      mode: content.subarray(at, space).toString('latin1'),
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 1 + idBytes).toString('hex'),
    });
    at = nul + 1 + idBytes;
  }
  return out;
}

export interface BatchSnapshot {
  treeHash: string;
  files: SourceFile[];
  /** Texts of the wanted files (asked in the same conversation). */
  texts: Map<string, string>;
}

/**
 * HEAD's files with sizes, and the texts of those `want` picks, or null when HEAD's tree is `knownTree`.
 * Throws when the repository has no commit or git is too old for `--batch-command`.
 */
export async function batchSnapshot(
  repoPath: string,
  knownTree: string | null,
  want: (file: SourceFile) => boolean,
): Promise<BatchSnapshot | null> {
  const git = new CatFileBatch(repoPath);
  try {
    const root = await git.ask('contents', 'HEAD^{tree}');
    if (!root?.content) throw new Error(`${repoPath}: no commit at HEAD (empty repository?)`);
    if (knownTree === root.oid) return null;
    const idBytes = root.oid.length / 2;
    const blobs: { path: string; hash: string }[] = [];
    let level: { prefix: string; content: Buffer }[] = [{ prefix: '', content: root.content }];
    while (level.length) {
      const below: Promise<{ prefix: string; content: Buffer }>[] = [];
      for (const t of level) {
        for (const e of parseTreeObject(t.content, idBytes)) {
          const p = `${t.prefix}${e.name}`;
          if (e.mode === '40000')
            below.push(
              git
                .ask('contents', e.oid)
                .then((a) => ({ prefix: `${p}/`, content: a?.content ?? Buffer.alloc(0) })),
            );
          else if (e.mode === '100644' || e.mode === '100755') blobs.push({ path: p, hash: e.oid });
        }
      }
      level = await Promise.all(below);
    }
    const sizes = await Promise.all(blobs.map((b) => git.ask('info', b.hash)));
    const files = blobs.map((b, i) => ({ ...b, size: sizes[i]?.size ?? 0 }));
    const wanted = files.filter(want);
    const contents = await Promise.all(wanted.map((f) => git.ask('contents', f.hash)));
    const texts = new Map<string, string>();
    wanted.forEach((f, i) => {
      const c = contents[i]?.content;
      if (c) texts.set(f.path, c.toString('utf8'));
    });
    return { treeHash: root.oid, files, texts };
  } finally {
    git.close();
  }
}

/** What the scan asks the git reader process for one repository. */
export interface SnapshotRequest {
  id: number;
  path: string;
  knownTree: string | null;
  full: boolean;
  /** Stored content hash by path: manifests with another hash are read. */
  stored: Map<string, string>;
}

/**
 * The body of the git reader process (stack-git-reader.worker.mjs): answers SnapshotRequests with
 * batchSnapshot. Git is spawned from this small process because spawning from the main one, whose memory
 * holds the embedded database, costs tens of milliseconds per process (fork copies its page tables).
 */
export async function serveGitReader(): Promise<void> {
  const { isStackFile, MAX_MANIFEST_BYTES } = await import('./stack-store.service.js');
  process.on('message', (m: SnapshotRequest) => {
    batchSnapshot(
      m.path,
      m.knownTree,
      (f) =>
        isStackFile(f.path) && f.size <= MAX_MANIFEST_BYTES && (m.full || m.stored.get(f.path) !== f.hash),
    ).then(
      (result) => process.send?.({ id: m.id, result }),
      (err: unknown) => process.send?.({ id: m.id, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
