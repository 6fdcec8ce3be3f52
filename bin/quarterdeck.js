#!/usr/bin/env node
// The quarterdeck command. TypeScript sources run through tsx's loader; no build step is needed.
import { spawnSync } from 'node:child_process';

// Imports stream their input: a small heap is enough, and without a limit V8 lets garbage pile up to
// several hundred megabytes before collecting it. Run them with a capped heap unless one is set.
const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
if (process.argv[2] === 'import' && !flags.includes('--max-old-space-size')) {
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=320', ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(run.status ?? (run.signal ? 1 : 0));
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
