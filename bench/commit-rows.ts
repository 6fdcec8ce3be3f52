/** Realistic, deterministic commit records for the bulk-load benchmark, and their CSV form. */

export interface CommitRow {
  repository: string;
  sha: string;
  author_email: string;
  authored_at: Date;
  additions: number;
  deletions: number;
  message: string;
}

export const COMMIT_COLUMNS = [
  'repository',
  'sha',
  'author_email',
  'authored_at',
  'additions',
  'deletions',
  'message',
] as const satisfies readonly (keyof CommitRow)[];

/** A small seeded generator (xorshift32), so every run loads exactly the same rows. */
function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

const VERBS = ['Fix', 'Add', 'Remove', 'Refactor', 'Update', 'Bump', 'Document', 'Speed up', 'Revert'];
const THINGS = [
  'retry logic in the payment webhook',
  'flaky test in checkout, again',
  'dependency "left-pad" to 1.3.0',
  'N+1 query on the orders page',
  'README: setup on macOS',
  'Grafana dashboard for the EU région',
  'CSV export, quoting of "name" fields',
  'timeouts (30s → 10s) for internal calls',
  'feature flag cleanup 🚀',
  'migration for invoices.due_date',
];
const BODIES = [
  '',
  '',
  '\n\nThe previous version leaked a connection when the upstream timed out.',
  '\n\nCloses #1234, refs #1200.\n\nCo-authored-by: Ana Lima <ana@example.com>',
  '\n\n- split the handler\n- add tests\n- "quote" the identifiers, commas, too',
];

/** `count` commits spread over 40 repositories and 300 authors, one every ~7 minutes. */
export function generateCommits(count: number, seed = 42): CommitRow[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = Date.UTC(2024, 0, 1);
  const rows: CommitRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    let sha = '';
    while (sha.length < 40)
      sha += Math.floor(next() * 0x1_0000_0000)
        .toString(16)
        .padStart(8, '0');
    const additions = Math.floor(next() ** 3 * 2000);
    rows[i] = {
      repository: `acme/service-${String(Math.floor(next() * 40)).padStart(2, '0')}`,
      sha,
      author_email: `dev${Math.floor(next() * 300)}@example.com`,
      authored_at: new Date(start + i * 420_000 + Math.floor(next() * 60_000)),
      additions,
      deletions: Math.floor(next() * additions),
      message: `${pick(VERBS)} ${pick(THINGS)}${pick(BODIES)}`,
    };
  }
  return rows;
}

function csvField(value: string): string {
  return value === '' || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 CSV in COMMIT_COLUMNS order, no header, as PostgreSQL's `COPY ... (FORMAT csv)` reads it. */
export function commitsToCsv(rows: readonly CommitRow[]): string {
  const lines: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    lines[i] =
      `${csvField(r.repository)},${r.sha},${csvField(r.author_email)},${r.authored_at.toISOString()},` +
      `${r.additions},${r.deletions},${csvField(r.message)}`;
  }
  return `${lines.join('\n')}\n`;
}
