import fs from 'node:fs';
import path from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from '../src/platform/http/api-types.js';
import { startTestPlatform } from '../src/platform/testing.js';

const t = await startTestPlatform();
fs.mkdirSync(path.dirname(API_TYPES_FILE), { recursive: true });
fs.writeFileSync(API_TYPES_FILE, await generateApiTypes(t.app));
await t.close();
console.log(`${API_TYPES_FILE} written`);
