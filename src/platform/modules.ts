import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AuditActor } from './audit/audit.service.js';
import type { Principal, Role } from './auth/policy.js';
import type { Config } from './config.js';
import type { Db, DbHandle } from './db/database.js';
import type { ImportReport } from './imports/import-report.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every part of Quarterdeck gets to work with. */
export interface PlatformContext {
  handle: DbHandle;
  db: Db;
  config: Config;
  registry: Registry;
}

export type RoutesPlugin = (app: App, ctx: PlatformContext) => void | Promise<void>;

/** Long work run by the job system; see src/platform/jobs. */
export interface JobContext {
  jobId: number;
  db: Db;
  payload: Record<string, unknown>;
  /** What the handler saved last time it committed work (null on the first attempt). */
  checkpoint: Record<string, unknown> | null;
  attempt: number;
  /** Aborted when someone cancels the job or the worker shuts down. */
  signal: AbortSignal;
  progress(done: number, total?: number | null, message?: string): Promise<void>;
  log(level: 'info' | 'warn' | 'error', message: string): Promise<void>;
  /**
   * Commits a unit of work together with the new checkpoint and progress, so that a crash never
   * repeats committed work: after a restart the handler resumes from the last checkpoint.
   */
  commit<T>(
    work: (trx: Db) => Promise<T>,
    after: { checkpoint: Record<string, unknown>; done?: number; total?: number | null; message?: string },
  ): Promise<T>;
}

export interface JobDefinition {
  kind: string;
  description: string;
  maxAttempts?: number;
  run(ctx: JobContext): Promise<Record<string, unknown> | undefined>;
}

export type ImportProgress = (done: number, total: number | null, message?: string) => void;

/** A named option of an importer (`--skip-invalid`, `?mapping=`…), listed in `--help` and the API. */
export interface ImporterOption {
  name: string;
  description: string;
  /** A flag takes no value. */
  flag?: boolean;
}

export interface ImporterContext {
  db: Db;
  actor: AuditActor;
  onProgress: ImportProgress;
  /** Options by name; flags are `'true'` when set. */
  options: Record<string, string>;
  /** The name people know the input by (an uploaded file's name), for messages. */
  label?: string | undefined;
}

export interface ImporterDefinition {
  /** `quarterdeck import <kind> <path>`; recorded as job kind `import.<kind>`. */
  kind: string;
  description: string;
  /** What the path is: `a CSV file`, `a catalog-info.yaml file or a folder`… */
  input: string;
  /** Whether a single uploaded file can be imported through the API and the web app. */
  upload?: { contentTypes: string[]; extension: string } | undefined;
  options?: ImporterOption[];
  /** Reads and checks the input and reports what an import would do, writing nothing. */
  preview(ctx: ImporterContext, path: string): Promise<ImportReport>;
  /** Imports all or nothing; throws `ImportRejected` (naming file, row and field) on errors. */
  run(ctx: ImporterContext, path: string): Promise<ImportReport>;
}

export interface DemoSize {
  name: 's' | 'm' | 'l' | 'xl';
  people: number;
}

export interface DemoLogin {
  email: string;
  role: string;
  grants: string[];
  who: string;
}

/** One domain's part of the demo organization; steps run in registration order, in one transaction. */
export interface DemoStep {
  name: string;
  run(ctx: {
    db: Db;
    size: DemoSize;
    seed: number;
    onProgress: ImportProgress;
  }): Promise<{ counts: Record<string, number>; logins?: DemoLogin[] }>;
}

/** A recurring job a module wants by default; operators can change or disable it later. */
export interface ScheduleDefinition {
  name: string;
  /** Cron expression, evaluated in UTC. */
  cron: string;
  kind: string;
  payload?: Record<string, unknown>;
}

/** The questions leaders are judged by; every scorecard check answers one of them. */
export const SCORECARD_GROUPS = [
  'vision',
  'delivery',
  'reliability',
  'security',
  'cost',
  'people',
  'health',
  'platform',
] as const;
export type ScorecardGroup = (typeof SCORECARD_GROUPS)[number];
export type CheckStatus = 'good' | 'watch' | 'bad' | 'no-data';

export interface CheckResult {
  status: CheckStatus;
  /** The measured number (null when there is no data). */
  value: number | null;
  unit: string | null;
  /** The value as people read it, e.g. "Intact · verified 3 h ago". */
  display: string | null;
  /** What good looks like, e.g. "verified within 48 h". */
  target: string | null;
  /** The value over the selected range, oldest first. */
  trend: { at: string; value: number }[];
  /** Where the rows behind the number are (a web app path). */
  evidence: { href: string; label: string } | null;
  /** Why there is no number and what to do about it; set when status is `no-data`. */
  noData: { reason: string; action: string } | null;
}

/** A domain's contribution to the leadership scorecard. */
export interface CheckDefinition {
  id: string;
  group: ScorecardGroup;
  title: string;
  /** How the number is measured and where its definition is written. */
  explanation: string;
  /** Roles that see this check (default: every signed-in account). */
  roles?: Role[];
  evaluate(ctx: {
    db: Db;
    from: Date;
    to: Date;
    teamId: number | null;
    principal: Principal;
  }): Promise<CheckResult>;
}

export interface Registrar {
  routes(plugin: RoutesPlugin): void;
  check(def: CheckDefinition): void;
  schedule(def: ScheduleDefinition): void;
  job(def: JobDefinition): void;
  importer(def: ImporterDefinition): void;
  demo(step: DemoStep): void;
}

/** A domain (or a platform part): one `register` that adds its routes, jobs, importers and demo data. */
export interface DomainModule {
  name: string;
  register(r: Registrar): void;
}

export class Registry implements Registrar {
  readonly routePlugins: { module: string; plugin: RoutesPlugin }[] = [];
  readonly jobs = new Map<string, JobDefinition>();
  readonly importers = new Map<string, ImporterDefinition>();
  readonly demoSteps: DemoStep[] = [];
  readonly schedules: ScheduleDefinition[] = [];
  readonly checks: CheckDefinition[] = [];
  private current = '';

  static of(modules: DomainModule[]): Registry {
    const r = new Registry();
    for (const m of modules) {
      r.current = m.name;
      m.register(r);
    }
    return r;
  }

  routes(plugin: RoutesPlugin): void {
    this.routePlugins.push({ module: this.current, plugin });
  }
  check(def: CheckDefinition): void {
    if (this.checks.some((c) => c.id === def.id))
      throw new Error(`Scorecard check ${def.id} is registered twice`);
    this.checks.push(def);
  }
  schedule(def: ScheduleDefinition): void {
    this.schedules.push(def);
  }
  job(def: JobDefinition): void {
    if (this.jobs.has(def.kind)) throw new Error(`Job kind ${def.kind} is registered twice`);
    this.jobs.set(def.kind, def);
  }
  importer(def: ImporterDefinition): void {
    if (this.importers.has(def.kind)) throw new Error(`Importer ${def.kind} is registered twice`);
    this.importers.set(def.kind, def);
  }
  demo(step: DemoStep): void {
    this.demoSteps.push(step);
  }
}
