import { describePolicy } from '../auth/policy.js';
import type { RouteInfo } from './authorize.js';

/** The table of every route and who may call it, kept in docs/access.md (checked by a test). */
export function renderAccessDoc(routes: RouteInfo[]): string {
  const rows = routes
    .filter((r) => !r.url.startsWith('/api/docs'))
    .map(
      (r) =>
        `| \`${r.method}\` | \`${r.url}\` | ${describePolicy(r.policy)}${r.feed ? ' (also by a calendar token in the address)' : ''} |`,
    )
    .sort();
  return [
    '# Who may call what',
    '',
    "Generated from the routes' declared policies by `npm run docs:access`; a test fails when this file and",
    'the code disagree. Finer rules inside a route (a manager sees only their reporting subtree, a member',
    "only themselves, a record you may not see answers 404) are described in each domain's documentation.",
    'The API reference under `/api/docs` is public. A calendar feed may also be read with a token that has',
    'the `calendar` scope alone, sent as `?token=` (calendar apps subscribe by address); that token reads',
    'nothing else, and its account must still be allowed the feed.',
    '',
    '| method | route | allowed |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
