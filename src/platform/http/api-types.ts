import openapiTS, { astToString } from 'openapi-typescript';
import type { App } from '../modules.js';

export const API_TYPES_FILE = 'src/web/api/schema.d.ts';

/**
 * TypeScript types of every API path, generated from the server's OpenAPI document. The web app's
 * client and the CLI use them; a test fails when the committed file is older than the schemas.
 */
export async function generateApiTypes(app: App): Promise<string> {
  const document = app.swagger() as unknown as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: true });
  return [
    '// Generated from /api/openapi.json by `npm run api:types`. Do not edit by hand.',
    '/* biome-ignore-all format: generated */',
    '/* biome-ignore-all lint: generated */',
    astToString(ast),
  ].join('\n');
}
