import type { Config } from './config.js';
import { type DbHandle, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { type DomainModule, type PlatformContext, Registry } from './modules.js';

/** Opens the configured database, applies migrations and collects every module's registrations. */
export async function openPlatform(
  config: Config,
  modules: DomainModule[],
): Promise<PlatformContext & { applied: string[] }> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(handle);
    return { handle, db: handle.db, config, registry: Registry.of(modules), applied };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

export function contextFor(handle: DbHandle, config: Config, modules: DomainModule[]): PlatformContext {
  return { handle, db: handle.db, config, registry: Registry.of(modules) };
}
