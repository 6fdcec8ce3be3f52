import path from 'node:path';
import { z } from 'zod';

/** Every setting Quarterdeck reads from its environment, validated once at start-up. */
const ConfigSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  QUARTERDECK_DATA_DIR: z.string().min(1).default('.quarterdeck'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUARTERDECK_PUBLIC_URL: z.string().url().optional(),
  QUARTERDECK_SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  QUARTERDECK_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  QUARTERDECK_UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(100 * 1024 * 1024),
  QUARTERDECK_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  QUARTERDECK_METRICS_TOKEN: z.string().min(16).optional(),
  QUARTERDECK_WORKERS: z.coerce.number().int().min(0).default(1),
  QUARTERDECK_JOB_LEASE_SECONDS: z.coerce.number().positive().default(30),
  QUARTERDECK_OIDC_ISSUER: z.string().url().optional(),
  QUARTERDECK_OIDC_CLIENT_ID: z.string().optional(),
  QUARTERDECK_OIDC_CLIENT_SECRET: z.string().optional(),
  QUARTERDECK_OIDC_AUTO_PROVISION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  QUARTERDECK_GITHUB_TOKEN: z.string().min(1).optional(),
  QUARTERDECK_GITHUB_API_URL: z.string().url().default('https://api.github.com'),
  QUARTERDECK_GITHUB_WEBHOOK_SECRET: z.string().min(16).optional(),
  QUARTERDECK_GITHUB_REPOSITORIES: z.string().default(''),
  QUARTERDECK_GITHUB_RELEASE_TAGS: z.string().min(1).optional(),
  QUARTERDECK_OIDC_ALLOW_HTTP: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  publicUrl: string;
  sessionTtlMs: number;
  bodyLimit: number;
  /** Largest file an import upload may send (larger files: `quarterdeck import`). */
  uploadLimit: number;
  loginRateLimit: number;
  metricsToken: string | undefined;
  workers: number;
  jobLeaseMs: number;
  /** GitHub: a token for the REST sync, the repositories synced on schedule, the webhook secret. */
  github: {
    token: string | undefined;
    apiUrl: string;
    webhookSecret: string | undefined;
    repositories: string[];
    releaseTagPattern: string | undefined;
  };
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string | undefined;
        autoProvision: boolean;
        allowHttp: boolean;
      }
    | undefined;
};

export class ConfigError extends Error {}

/** Reads configuration from an environment (process.env by default). Throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = ConfigSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  const oidc =
    e.QUARTERDECK_OIDC_ISSUER && e.QUARTERDECK_OIDC_CLIENT_ID
      ? {
          issuer: e.QUARTERDECK_OIDC_ISSUER,
          clientId: e.QUARTERDECK_OIDC_CLIENT_ID,
          clientSecret: e.QUARTERDECK_OIDC_CLIENT_SECRET,
          autoProvision: e.QUARTERDECK_OIDC_AUTO_PROVISION,
          allowHttp: e.QUARTERDECK_OIDC_ALLOW_HTTP,
        }
      : undefined;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.QUARTERDECK_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.QUARTERDECK_PUBLIC_URL ?? `http://${hostForUrl(e.HOST)}:${e.PORT}`,
    sessionTtlMs: e.QUARTERDECK_SESSION_TTL_HOURS * 3600_000,
    bodyLimit: e.QUARTERDECK_BODY_LIMIT_BYTES,
    uploadLimit: e.QUARTERDECK_UPLOAD_LIMIT_BYTES,
    loginRateLimit: e.QUARTERDECK_LOGIN_RATE_LIMIT,
    metricsToken: e.QUARTERDECK_METRICS_TOKEN,
    workers: e.QUARTERDECK_WORKERS,
    jobLeaseMs: e.QUARTERDECK_JOB_LEASE_SECONDS * 1000,
    github: {
      token: e.QUARTERDECK_GITHUB_TOKEN,
      apiUrl: e.QUARTERDECK_GITHUB_API_URL,
      webhookSecret: e.QUARTERDECK_GITHUB_WEBHOOK_SECRET,
      repositories: e.QUARTERDECK_GITHUB_REPOSITORIES.split(',')
        .map((r) => r.trim())
        .filter(Boolean),
      releaseTagPattern: e.QUARTERDECK_GITHUB_RELEASE_TAGS,
    },
    oidc,
    ...overrides,
  };
}

function hostForUrl(host: string): string {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
