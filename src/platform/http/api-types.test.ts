import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing.js';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

describe('the typed API client', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t.close());

  it(`${API_TYPES_FILE} matches the server's schemas (run \`npm run api:types\` after changing a route)`, async () => {
    const generated = await generateApiTypes(t.app);
    expect(generated).toContain('"/api/v1/scorecard"');
    expect(fs.readFileSync(API_TYPES_FILE, 'utf8')).toBe(generated);
  });
});
