import fs from 'node:fs';
import { FIRST_LOAD_BUDGET_BYTES, measureBundle, renderBundleSection } from '../e2e/bundle-budget.js';

// `npm run bench:web`: measure the built web app against its budget; --write appends to BENCHMARKS.md.
const report = measureBundle();
const section = renderBundleSection(report);
console.log(section);
if (process.argv.includes('--write')) fs.appendFileSync('BENCHMARKS.md', `\n${section}`);
if (report.firstLoadGzip > FIRST_LOAD_BUDGET_BYTES) {
  console.error(`First-load JavaScript is over the budget of ${FIRST_LOAD_BUDGET_BYTES / 1024} KB gzipped.`);
  process.exit(1);
}
