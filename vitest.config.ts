import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on a two-core machine: browser tests and git subprocesses spend much of
    // their time waiting, and one worker left the suite twice as long.
    maxWorkers: 2,
    // expect.poll gives up after 1 s by default; a browser page on a loaded CI machine can take longer
    // to bring its data, so wait up to 15 s (a poll that can never succeed still fails).
    expect: { poll: { timeout: 15_000 } },
    globalSetup: ['e2e/global-setup.ts'],
  },
});
