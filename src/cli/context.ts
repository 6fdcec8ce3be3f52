import os from 'node:os';
import { modules } from '../modules.js';
import type { AuditActor } from '../platform/audit/audit.service.js';
import { loadConfig } from '../platform/config.js';
import type { PlatformContext } from '../platform/modules.js';
import { openPlatform } from '../platform/platform.js';

/** Thrown for a clear, expected failure: printed without a stack trace, exit code 1 (or the given one). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const cliActor = (): AuditActor => ({ userId: null, label: `cli:${os.userInfo().username}` });

/** Opens the configured database (migrating it), runs `work`, and always closes it. */
export async function withPlatform<T>(
  work: (ctx: PlatformContext & { applied: string[] }) => Promise<T>,
): Promise<T> {
  const ctx = await openPlatform(loadConfig(), modules);
  try {
    return await work(ctx);
  } finally {
    await ctx.handle.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
