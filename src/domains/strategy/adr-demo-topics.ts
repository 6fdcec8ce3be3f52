/**
 * What the demo organization decided: each topic is a decision a service team (or the platform group)
 * takes about a technology on the demo radar (strategy-demo-tech.ts keys). `replaces` names a topic the
 * decision supersedes; `proposedOnly` topics are still under discussion; `rejected` ones were turned down.
 */

export interface DemoTopic {
  key: string;
  /** `{service}` is replaced by the service's name. */
  title: string;
  radar: string[];
  context: string;
  options: string[];
  chosen: number;
  because: string;
  good: string;
  bad: string;
  replaces?: string;
  outcome?: 'proposed' | 'rejected' | 'deprecated';
}

export const DEMO_TOPICS: DemoTopic[] = [
  {
    key: 'ts-services',
    title: 'Write new {service} code in TypeScript',
    radar: ['typescript', 'node'],
    context:
      'Half of {service} is untyped JavaScript and most production errors are type mistakes found by customers.',
    options: ['TypeScript in strict mode', 'JavaScript with JSDoc types', 'Stay with plain JavaScript'],
    chosen: 0,
    because: 'the compiler catches the class of errors that reach production today',
    good: 'refactoring {service} no longer needs a full manual test pass.',
    bad: 'the build gains a compile step and the first migration takes two sprints.',
  },
  {
    key: 'postgres',
    title: 'Store {service} data in PostgreSQL',
    radar: ['postgresql'],
    context:
      '{service} keeps orders in a document store and reconciling them with the ledger needs joins we cannot write.',
    options: ['PostgreSQL', 'MongoDB', 'Keep the current store'],
    chosen: 0,
    because:
      'the platform team operates it with backups and point-in-time recovery, and the data is relational',
    good: 'one database engine to run, with constraints that keep the data consistent.',
    bad: 'the migration of existing documents needs a dual-write period.',
  },
  {
    key: 'mongo',
    title: 'Keep {service} documents in MongoDB',
    radar: ['mongodb'],
    context: '{service} stores product descriptions whose shape changes every release.',
    options: ['MongoDB', 'PostgreSQL with jsonb'],
    chosen: 0,
    because: 'the schema changes weekly and the team knows the document model',
    good: 'no schema migrations for new product attributes.',
    bad: 'a second database engine for the platform team to operate.',
  },
  {
    key: 'postgres-jsonb',
    title: 'Move {service} documents to PostgreSQL jsonb',
    radar: ['postgresql', 'mongodb'],
    context:
      'Running MongoDB for one service costs an on-call rotation; PostgreSQL jsonb now covers the queries {service} needs.',
    options: ['PostgreSQL jsonb columns', 'Keep MongoDB'],
    chosen: 0,
    because: 'it retires an engine nobody else uses',
    good: 'one backup and upgrade process for all services.',
    bad: 'two weeks of migration and a freeze on schema changes meanwhile.',
    replaces: 'mongo',
  },
  {
    key: 'kafka-self',
    title: 'Publish {service} events through self-hosted Kafka',
    radar: ['kafka'],
    context: '{service} calls four services synchronously on every order; an outage in one blocks checkout.',
    options: ['Apache Kafka on our Kubernetes clusters', 'Webhooks between services', 'Amazon SQS'],
    chosen: 0,
    because: 'consumers can replay events after an outage',
    good: 'producers and consumers deploy independently.',
    bad: 'we run and upgrade brokers ourselves.',
  },
  {
    key: 'kafka-managed',
    title: 'Move {service} events to managed Kafka',
    radar: ['kafka', 'kubernetes'],
    context: 'Operating Kafka took a third of the platform team’s time last year.',
    options: ['A managed Kafka offering', 'Keep self-hosted Kafka', 'Amazon SQS with SNS fan-out'],
    chosen: 0,
    because: 'consumers keep their code and nobody operates brokers',
    good: 'the platform team gets its time back.',
    bad: 'a monthly bill that grows with traffic.',
    replaces: 'kafka-self',
  },
  {
    key: 'redis-cache',
    title: 'Cache {service} reads in Redis',
    radar: ['redis'],
    context:
      'The 95th percentile latency of {service} doubled with catalog growth; most reads repeat within a minute.',
    options: ['Redis with a one-minute TTL', 'An in-process cache', 'A read replica'],
    chosen: 0,
    because: 'it is shared across instances and already operated for sessions',
    good: 'read latency back under the SLO.',
    bad: 'stale reads for up to a minute after an update.',
  },
  {
    key: 'jest',
    title: 'Test {service} with Jest',
    radar: ['jest'],
    context: '{service} has tests in three runners and nobody knows which one CI uses.',
    options: ['Jest', 'Mocha with Chai'],
    chosen: 0,
    because: 'it is what most teams know',
    good: 'one runner and one way to mock.',
    bad: 'slow startup with TypeScript transforms.',
  },
  {
    key: 'vitest',
    title: 'Move {service} tests from Jest to Vitest',
    radar: ['vitest', 'jest'],
    context:
      'The {service} test suite takes nine minutes, most of it in Jest’s transform step for ESM and TypeScript.',
    options: ['Vitest', 'Stay on Jest with SWC'],
    chosen: 0,
    because: 'it runs ESM and TypeScript natively and keeps the Jest API',
    good: 'the suite runs in under three minutes.',
    bad: 'a few module mocks have to be rewritten.',
    replaces: 'jest',
  },
  {
    key: 'moment',
    title: 'Format dates in {service} with Moment.js',
    radar: ['moment'],
    context: 'Dates in {service} are formatted by hand in five places, each with its own time-zone bug.',
    options: ['Moment.js', 'Hand-written helpers'],
    chosen: 0,
    because: 'it handles time zones and locales',
    good: 'one place formats dates.',
    bad: 'it adds 70 kB to the bundle.',
  },
  {
    key: 'date-fns',
    title: 'Replace Moment.js with date-fns in {service}',
    radar: ['date-fns', 'moment'],
    context: 'Moment.js is in maintenance mode and is the largest module of the {service} bundle.',
    options: ['date-fns', 'Luxon', 'Keep Moment.js'],
    chosen: 0,
    because: 'it is tree-shakable and immutable',
    good: 'the bundle shrinks by a fifth.',
    bad: 'every date helper needs a review.',
    replaces: 'moment',
  },
  {
    key: 'feature-flags',
    title: 'Release {service} changes behind feature flags',
    radar: ['feature-flags', 'trunk-based-development'],
    context: '{service} releases bundle unrelated changes because unfinished work cannot be merged.',
    options: ['Feature flags with an owner and an expiry', 'Long-lived release branches'],
    chosen: 0,
    because: 'it lets the team merge daily and deploy continuously',
    good: 'smaller deployments and faster rollback.',
    bad: 'flags pile up unless someone removes them.',
  },
  {
    key: 'slo-alerts',
    title: 'Page on {service} SLO burn rate, not on CPU',
    radar: ['slo-alerting'],
    context:
      'The {service} on-call engineer was paged 40 times last month; three pages were customer-visible.',
    options: ['Multi-window burn-rate alerts on the SLO', 'Tune the resource thresholds'],
    chosen: 0,
    because: 'pages then mean customers are affected',
    good: 'fewer pages, each one actionable.',
    bad: 'the SLO needs a reliable availability signal first.',
  },
  {
    key: 'k8s',
    title: 'Run {service} on the shared Kubernetes platform',
    radar: ['kubernetes', 'terraform'],
    context: '{service} runs on hand-built virtual machines that nobody dares to patch.',
    options: ['The shared Kubernetes platform', 'Serverless functions', 'Keep the virtual machines'],
    chosen: 0,
    because: 'the platform team provides deployments, scaling and patching for it',
    good: 'patching and scaling become the platform’s job.',
    bad: 'the team learns Helm charts and resource limits.',
  },
  {
    key: 'lambda',
    title: 'Run {service} batch jobs on AWS Lambda',
    radar: ['aws-lambda'],
    context: 'The nightly {service} jobs keep a cluster node busy for 40 minutes a day.',
    options: ['AWS Lambda', 'Kubernetes CronJobs'],
    chosen: 1,
    because: 'the jobs exceed Lambda’s time limit and the team already deploys to the cluster',
    good: 'one deployment path.',
    bad: 'the node stays reserved.',
    outcome: 'rejected',
  },
  {
    key: 'copilot',
    title: 'Allow GitHub Copilot for {service} engineers',
    radar: ['github-copilot', 'llm-code-review'],
    context:
      'Engineers on {service} ask to use an AI coding assistant; security wants to know what code leaves the company.',
    options: ['GitHub Copilot Business with code retention off', 'No assistant'],
    chosen: 0,
    because: 'the business plan keeps prompts out of training and logs usage',
    good: 'faster boilerplate and test writing.',
    bad: 'reviews must watch for plausible but wrong code.',
    outcome: 'proposed',
  },
  {
    key: 'sbom',
    title: 'Publish an SBOM with every {service} release',
    radar: ['sbom', 'github-actions'],
    context: 'Customers ask which libraries {service} ships; answering takes a day per questionnaire.',
    options: ['CycloneDX SBOM from the release workflow', 'Answer questionnaires by hand'],
    chosen: 0,
    because: 'the workflow produces it for free and it answers vulnerability questions too',
    good: 'questionnaires answered from the release page.',
    bad: 'the workflow gains a step.',
    outcome: 'proposed',
  },
  {
    key: 'jquery',
    title: 'Build {service} pages with jQuery',
    radar: ['jquery'],
    context: 'The {service} admin pages need interactivity and the team knows jQuery.',
    options: ['jQuery', 'React'],
    chosen: 0,
    because: 'nothing to learn',
    good: 'quick first pages.',
    bad: 'state scattered through the DOM.',
    outcome: 'deprecated',
  },
  {
    key: 'react',
    title: 'Build {service} pages with React',
    radar: ['react', 'typescript'],
    context:
      'The {service} admin pages grew into an application and jQuery state handling breaks on every change.',
    options: ['React with TypeScript', 'htmx', 'Keep jQuery'],
    chosen: 0,
    because: 'the rest of the web teams use it and hiring is easier',
    good: 'components shared with the other front ends.',
    bad: 'a rewrite of the admin pages over a quarter.',
    replaces: 'jquery',
  },
  {
    key: 'htmx',
    title: 'Try htmx for {service} internal tools',
    radar: ['htmx'],
    context:
      'The {service} internal tools are forms and tables; a single-page application is more than they need.',
    options: ['htmx with server-rendered pages', 'React'],
    chosen: 0,
    because: 'it keeps the logic on the server where the team works',
    good: 'no separate front-end build.',
    bad: 'few engineers know it yet.',
    outcome: 'proposed',
  },
];
