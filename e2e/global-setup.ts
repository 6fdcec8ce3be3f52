import { spawnSync } from 'node:child_process';

/** Before any test file: build the web app if its sources changed, once, so browser tests never race to build. */
export function setup(): void {
  // For running server tests alone while the web app is mid-change; browser tests then use the last build.
  if (process.env.QD_SKIP_WEB_BUILD === '1') return;
  const r = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('The web app did not build (see the output above).');
}
