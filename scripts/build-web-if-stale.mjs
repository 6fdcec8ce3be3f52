// Builds the web app when dist/web is missing or older than its sources, so `npm start` always
// serves the current app without a separate build step.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/web/index.html');

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

const sources = Math.max(
  newest(path.join(root, 'src/web')),
  newest(path.join(root, 'vite.config.ts')),
  newest(path.join(root, 'package-lock.json')),
  // The help pages show docs/metrics.md, built into the app.
  newest(path.join(root, 'docs/metrics.md')),
);
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) process.exit(0);
if (!fs.existsSync(path.join(root, 'src/web/index.html'))) process.exit(0);
console.error('Building the web app (once per change)…');
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
