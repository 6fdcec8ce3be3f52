/**
 * A large, deterministic git repository for the git-import benchmark, written with `git fast-import`
 * (100,000 commits in seconds): a main line of pull-request branches merged with merge commits, some
 * changes pushed straight to main, a long-lived release branch with back-merges, a few feature branches
 * left open, release tags, twelve authors (some commits co-authored, a few AI-assisted), each commit
 * changing one to three small files so that `--numstat` has real diffs to compute.
 */

import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';

const AUTHORS = [
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Edsger Dijkstra',
  'Barbara Liskov',
  'Donald Knuth',
  'Margaret Hamilton',
  'Ken Thompson',
  'Frances Allen',
  'John Backus',
  'Radia Perlman',
  'Leslie Lamport',
].map((name) => ({ name, email: `${name.toLowerCase().replace(' ', '.')}@example.com` }));

const SUBJECTS = [
  'feat(api): add pagination',
  'fix(db): close leaked connections',
  'refactor: split handler by use case',
  'chore(deps): bump lodash',
  'docs: update README',
  'test: cover error paths',
  'perf: cache expensive lookups',
  'fix: handle empty responses',
];

/** xorshift32: the same stream for the same seed. */
function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

export interface GitFixture {
  path: string;
  commits: number;
  merges: number;
  branches: number;
  tags: number;
  authors: number;
}

/**
 * Writes the fast-import stream for about `target` commits: an array of chunks (each a few thousand
 * commits) so the stream is never one huge string.
 */
function* stream(target: number): Generator<string> {
  const rnd = random(20261124);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let mark = 0;
  let time = Date.UTC(2021, 0, 4, 9) / 1000;
  let main = 0;
  let release = 0;
  const fileVersion = new Map<string, number>();
  let out = '';
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const change = () => {
    let s = '';
    const files = 1 + Math.floor(rnd() * 3);
    for (let f = 0; f < files; f++) {
      const path = `src/module${Math.floor(rnd() * 40)}/file${Math.floor(rnd() * 25)}.ts`;
      const v = (fileVersion.get(path) ?? 0) + 1;
      fileVersion.set(path, v);
      const lines = Array.from({ length: 3 + (v % 7) }, (_, i) => `export const v${i} = ${v * 31 + i};`);
      s += `M 100644 inline ${path}\n${data(`${lines.join('\n')}\n`)}`;
    }
    return s;
  };
  const commit = (ref: string, parents: number[], message: string, files = true): number => {
    const a = pick(AUTHORS);
    time += 60 + Math.floor(rnd() * 1800);
    mark++;
    out += `commit ${ref}\nmark :${mark}\nauthor ${a.name} <${a.email}> ${time} +0000\n`;
    out += `committer ${a.name} <${a.email}> ${time} +0000\n${data(message)}`;
    if (parents[0]) out += `from :${parents[0]}\n`;
    for (const p of parents.slice(1)) out += `merge :${p}\n`;
    if (files) out += change();
    out += '\n';
    return mark;
  };
  const message = () => {
    const r = rnd();
    const subject = pick(SUBJECTS);
    if (r < 0.05) return `${subject}\n\nCo-authored-by: ${pick(AUTHORS).name} <${pick(AUTHORS).email}>\n`;
    if (r < 0.08)
      return `${subject}\n\nCo-authored-by: GitHub Copilot <175728472+Copilot@users.noreply.github.com>\n`;
    return `${subject}\n`;
  };

  main = commit('refs/heads/main', [], 'Initial commit\n');
  release = commit('refs/heads/release/1.x', [main], 'chore: start release branch\n');
  let pr = 0;
  let tags = 0;
  while (mark < target) {
    const r = rnd();
    if (r < 0.12) {
      main = commit('refs/heads/main', [main], message());
    } else if (r < 0.15) {
      // A fix on the release branch, merged back into main.
      release = commit('refs/heads/release/1.x', [release], 'fix: backport\n');
      main = commit('refs/heads/main', [main, release], "Merge branch 'release/1.x'\n", false);
    } else {
      pr++;
      const branch = `refs/heads/feature/${pr % 6}`;
      let tip = main;
      const n = 1 + Math.floor(rnd() * 5);
      for (let i = 0; i < n; i++) tip = commit(branch, [tip], message());
      main = commit(
        'refs/heads/main',
        [main, tip],
        `Merge pull request #${pr} from acme/feature-${pr}\n`,
        false,
      );
    }
    if (mark >= (tags + 1) * 2000) {
      tags++;
      out += `tag v1.${tags}.0\nfrom :${main}\ntagger Release Bot <release@example.com> ${time} +0000\n${data(`v1.${tags}.0\n`)}`;
    }
    if (out.length > 1 << 20) {
      yield out;
      out = '';
    }
  }
  // A few branches still open at the end.
  for (let b = 0; b < 3; b++) {
    let tip = main;
    for (let i = 0; i < 3; i++) tip = commit(`refs/heads/wip/${b}`, [tip], message());
  }
  yield out;
}

/** Creates the repository (bare) at `path` with about `target` commits; returns what it holds. */
export async function writeGitFixture(path: string, target: number): Promise<GitFixture> {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', path], { env: cleanEnv() });
  const child = spawn('git', ['-C', path, 'fast-import', '--quiet', '--done'], {
    env: cleanEnv(),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const closed = once(child, 'close');
  for (const chunk of stream(target)) {
    if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
  }
  child.stdin.end('done\n');
  const [code] = (await closed) as [number];
  if (code !== 0) throw new Error(`git fast-import failed: ${stderr.trim()}`);
  const count = (args: string[]) =>
    Number(execFileSync('git', ['-C', path, ...args], { env: cleanEnv(), encoding: 'utf8' }).trim());
  const lines = (args: string[]) =>
    execFileSync('git', ['-C', path, ...args], { env: cleanEnv(), encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length;
  return {
    path,
    commits: count(['rev-list', '--all', '--count']),
    merges: count(['rev-list', '--all', '--merges', '--count']),
    branches: lines(['for-each-ref', 'refs/heads']),
    tags: lines(['for-each-ref', 'refs/tags']),
    authors: AUTHORS.length,
  };
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
}
