import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = path.resolve('dist/web');
/** First load of the app: the JavaScript a browser must fetch before the first page shows. */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

export interface BundleReport {
  firstLoad: { file: string; bytes: number; gzip: number }[];
  firstLoadGzip: number;
  css: { file: string; gzip: number }[];
  lazy: { file: string; bytes: number; gzip: number }[];
}

const gz = (file: string) => gzipSync(fs.readFileSync(path.join(WEB_DIST, file))).length;
const size = (file: string) => fs.statSync(path.join(WEB_DIST, file)).size;

/** Reads the built index.html: its entry script and modulepreloads are the first load; the rest is lazy. */
export function measureBundle(): BundleReport {
  const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\//, ''));
  const first = [
    ...new Set([
      ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
      ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ]),
  ];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const allJs = fs
    .readdirSync(path.join(WEB_DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const firstLoad = first.map((file) => ({ file, bytes: size(file), gzip: gz(file) }));
  return {
    firstLoad,
    firstLoadGzip: firstLoad.reduce((s, f) => s + f.gzip, 0),
    css: css.map((file) => ({ file, gzip: gz(file) })),
    lazy: allJs
      .filter((f) => !first.includes(f))
      .map((file) => ({ file, bytes: size(file), gzip: gz(file) }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function renderBundleSection(r: BundleReport, date = new Date()): string {
  const lines = [
    `## ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC — web app bundle`,
    '',
    `Measured on the production build (\`npm run build:web\`, then \`npm run bench:web\`); sizes gzipped with Node's zlib defaults. ` +
      `Budget for the first load: ${kb(FIRST_LOAD_BUDGET_BYTES)} of JavaScript. Ratio = first load ÷ budget (lower is better; above 1.00 fails).`,
    '',
    '| | size | gzipped |',
    '|---|---:|---:|',
    ...r.firstLoad.map((f) => `| first load: \`${f.file}\` | ${kb(f.bytes)} | ${kb(f.gzip)} |`),
    `| **first-load JavaScript** | | **${kb(r.firstLoadGzip)}** (ratio ${(r.firstLoadGzip / FIRST_LOAD_BUDGET_BYTES).toFixed(2)}) |`,
    ...r.css.map((f) => `| stylesheet \`${f.file}\` | | ${kb(f.gzip)} |`),
    ...r.lazy.map((f) => `| on demand: \`${f.file}\` | ${kb(f.bytes)} | ${kb(f.gzip)} |`),
    '',
  ];
  return lines.join('\n');
}
