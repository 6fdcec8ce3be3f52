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
    globalSetup: ['e2e/global-setup.ts'],
  },
});
