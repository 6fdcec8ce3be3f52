import { countUsers } from './auth/auth.service.js';
import type { DemoLogin, DemoSize, ImportProgress, PlatformContext } from './modules.js';
import { getSetting, setSetting } from './settings.repo.js';

export const DEMO_SIZES: Record<DemoSize['name'], DemoSize> = {
  s: { name: 's', people: 20 },
  m: { name: 'm', people: 150 },
  l: { name: 'l', people: 1000 },
  xl: { name: 'xl', people: 5000 },
};

export const DEMO_PASSWORD = 'quarterdeck-demo';

export interface DemoState {
  size: DemoSize['name'];
  seed: number;
  seededAt: string;
  counts: Record<string, number>;
  logins: DemoLogin[];
}

export class DemoRefused extends Error {}

/**
 * Seeds the demo organization: every domain's demo step, in one transaction (all or nothing).
 * Refused in production mode and on a database that already has accounts.
 */
export async function seedDemo(
  ctx: PlatformContext,
  options: { size: DemoSize['name']; seed: number; onProgress?: (step: string) => ImportProgress },
): Promise<DemoState> {
  if (ctx.config.env === 'production') {
    throw new DemoRefused(
      'The demo organization uses a well-known password and is not seeded in production mode.',
    );
  }
  const size = DEMO_SIZES[options.size];
  return ctx.db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) {
      throw new DemoRefused(
        'This database has accounts already; the demo organization goes into an empty database only.',
      );
    }
    const counts: Record<string, number> = {};
    const logins: DemoLogin[] = [];
    for (const step of ctx.registry.demoSteps) {
      const result = await step.run({
        db: trx,
        size,
        seed: options.seed,
        onProgress: options.onProgress?.(step.name) ?? (() => {}),
      });
      for (const [k, v] of Object.entries(result.counts)) counts[`${step.name}.${k}`] = v;
      logins.push(...(result.logins ?? []));
    }
    const state: DemoState = {
      size: size.name,
      seed: options.seed,
      seededAt: new Date().toISOString(),
      counts,
      logins,
    };
    await setSetting(trx, 'demo', state);
    return state;
  });
}

export function demoState(ctx: PlatformContext): Promise<DemoState | undefined> {
  return getSetting<DemoState>(ctx.db, 'demo');
}
