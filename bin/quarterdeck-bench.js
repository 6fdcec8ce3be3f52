#!/usr/bin/env node
// `npm run bench`: runs the benchmarks under bench/ (TypeScript through tsx's loader, no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bench/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
}
