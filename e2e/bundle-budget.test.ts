import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, measureBundle } from './bundle-budget.js';
import { ensureWebBuild } from './harness.js';

describe('web app bundle', () => {
  it('keeps the first load under 300 KB of gzipped JavaScript, with pages loaded on demand', () => {
    ensureWebBuild();
    const r = measureBundle();
    expect(r.firstLoad.length).toBeGreaterThan(0);
    expect(r.firstLoadGzip).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
    expect(r.lazy.length).toBeGreaterThan(0);
  }, 180_000);
});
