import { allow } from '../../platform/auth/policy.js';
import { principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { ScorecardOutput, ScorecardQuery } from './scorecard.schemas.js';
import { rangeOf, scorecard } from './scorecard.service.js';

export function scorecardRoutes(app: App, ctx: PlatformContext) {
  app.get(
    '/api/v1/scorecard',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags: ['scorecard'],
        summary:
          'The leadership scorecard: every check you may see, grouped under the questions leaders are judged by',
        querystring: ScorecardQuery,
        response: { 200: ScorecardOutput },
      },
    },
    async (request) =>
      scorecard(
        ctx.db,
        ctx.registry.checks,
        principalOf(request),
        rangeOf(request.query),
        request.query.team ?? null,
      ),
  );
}
