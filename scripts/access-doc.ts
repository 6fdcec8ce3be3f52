import fs from 'node:fs';
import { renderAccessDoc } from '../src/platform/http/access-doc.js';
import { startTestPlatform } from '../src/platform/testing.js';

const t = await startTestPlatform();
fs.writeFileSync('docs/access.md', renderAccessDoc(t.routes));
await t.close();
console.log('docs/access.md written');
