/**
 * The technologies of the demo organization, shared by the demo steps of the strategy parts: the radar
 * places them, the stack inventory finds them in the demo repositories' manifests, and decision records
 * and initiatives refer to them. Names and ecosystems are real; placements are the demo company's own.
 */

import type { Ecosystem } from './importers/manifest-types.js';

export type DemoQuadrant = 'Languages & Frameworks' | 'Platforms' | 'Tools' | 'Techniques';
export type DemoRing = 'Adopt' | 'Trial' | 'Assess' | 'Hold';

export interface DemoTechnology {
  /** Radar entry key. */
  key: string;
  name: string;
  quadrant: DemoQuadrant;
  ring: DemoRing;
  /** Where it was before (a dated move in the radar's history), if it moved. */
  previousRing?: DemoRing;
  description: string;
  /** Packages, images, actions or providers that mean this technology is used. */
  packages: { ecosystem: Ecosystem; name: string; versions: string[] }[];
}

export const DEMO_QUADRANTS: DemoQuadrant[] = ['Languages & Frameworks', 'Platforms', 'Tools', 'Techniques'];
export const DEMO_RINGS: DemoRing[] = ['Adopt', 'Trial', 'Assess', 'Hold'];

const npm = (name: string, ...versions: string[]) => ({ ecosystem: 'npm' as const, name, versions });
const go = (name: string, ...versions: string[]) => ({ ecosystem: 'go' as const, name, versions });
const pypi = (name: string, ...versions: string[]) => ({ ecosystem: 'pypi' as const, name, versions });
const maven = (name: string, ...versions: string[]) => ({ ecosystem: 'maven' as const, name, versions });
const docker = (name: string, ...versions: string[]) => ({ ecosystem: 'docker' as const, name, versions });
const action = (name: string, ...versions: string[]) => ({
  ecosystem: 'github-actions' as const,
  name,
  versions,
});
const tf = (name: string, ...versions: string[]) => ({ ecosystem: 'terraform' as const, name, versions });

export const DEMO_TECHNOLOGIES: DemoTechnology[] = [
  // Languages & Frameworks
  {
    key: 'typescript',
    name: 'TypeScript',
    quadrant: 'Languages & Frameworks',
    ring: 'Adopt',
    description: 'Default language for web and Node.js services.',
    packages: [npm('typescript', '5.4.5', '5.6.3', '5.9.2', '4.9.5')],
  },
  {
    key: 'react',
    name: 'React',
    quadrant: 'Languages & Frameworks',
    ring: 'Adopt',
    description: 'Our web UI library.',
    packages: [npm('react', '18.3.1', '19.1.0', '17.0.2')],
  },
  {
    key: 'go',
    name: 'Go',
    quadrant: 'Languages & Frameworks',
    ring: 'Adopt',
    description: 'Default for high-throughput backend services.',
    packages: [docker('golang', '1.22', '1.23', '1.20')],
  },
  {
    key: 'kotlin',
    name: 'Kotlin',
    quadrant: 'Languages & Frameworks',
    ring: 'Trial',
    previousRing: 'Assess',
    description: 'For JVM services instead of Java where teams agree.',
    packages: [maven('org.jetbrains.kotlin:kotlin-stdlib', '1.9.24', '2.0.21')],
  },
  {
    key: 'spring-boot',
    name: 'Spring Boot',
    quadrant: 'Languages & Frameworks',
    ring: 'Adopt',
    description: 'JVM service framework.',
    packages: [maven('org.springframework.boot:spring-boot-starter-web', '3.3.4', '3.2.1', '2.7.18')],
  },
  {
    key: 'fastapi',
    name: 'FastAPI',
    quadrant: 'Languages & Frameworks',
    ring: 'Trial',
    description: 'Python APIs for the data and ML teams.',
    packages: [pypi('fastapi', '0.115.0', '0.110.1')],
  },
  {
    key: 'django',
    name: 'Django',
    quadrant: 'Languages & Frameworks',
    ring: 'Adopt',
    description: 'Internal tools and back-office apps.',
    packages: [pypi('django', '5.1.2', '4.2.16', '3.2.25')],
  },
  {
    key: 'htmx',
    name: 'htmx',
    quadrant: 'Languages & Frameworks',
    ring: 'Assess',
    description: 'Server-rendered interactivity for internal tools.',
    packages: [npm('htmx.org', '2.0.3')],
  },
  {
    key: 'angularjs',
    name: 'AngularJS',
    quadrant: 'Languages & Frameworks',
    ring: 'Hold',
    previousRing: 'Trial',
    description: 'End of life since January 2022; migrate to React.',
    packages: [npm('angular', '1.8.3', '1.7.9')],
  },
  {
    key: 'moment',
    name: 'Moment.js',
    quadrant: 'Languages & Frameworks',
    ring: 'Hold',
    description: 'In maintenance mode; use date-fns or Temporal.',
    packages: [npm('moment', '2.29.4', '2.30.1')],
  },
  {
    key: 'jquery',
    name: 'jQuery',
    quadrant: 'Languages & Frameworks',
    ring: 'Hold',
    description: 'No new use; the DOM APIs cover it.',
    packages: [npm('jquery', '3.7.1', '1.12.4')],
  },
  {
    key: 'date-fns',
    name: 'date-fns',
    quadrant: 'Languages & Frameworks',
    ring: 'Adopt',
    description: 'Date handling in JavaScript.',
    packages: [npm('date-fns', '3.6.0', '4.1.0', '2.30.0')],
  },
  // Platforms
  {
    key: 'postgresql',
    name: 'PostgreSQL',
    quadrant: 'Platforms',
    ring: 'Adopt',
    description: 'Default relational database.',
    packages: [
      docker('postgres', '16', '15', '12'),
      pypi('psycopg2-binary', '2.9.9'),
      npm('pg', '8.13.0', '8.11.3'),
      go('github.com/jackc/pgx/v5', 'v5.7.1', 'v5.5.5'),
    ],
  },
  {
    key: 'kafka',
    name: 'Apache Kafka',
    quadrant: 'Platforms',
    ring: 'Adopt',
    description: 'Event streaming between services.',
    packages: [
      npm('kafkajs', '2.2.4'),
      go('github.com/segmentio/kafka-go', 'v0.4.47'),
      maven('org.apache.kafka:kafka-clients', '3.7.0', '3.4.0'),
    ],
  },
  {
    key: 'redis',
    name: 'Redis',
    quadrant: 'Platforms',
    ring: 'Adopt',
    description: 'Caching and rate limits.',
    packages: [
      docker('redis', '7.2', '6.2'),
      npm('ioredis', '5.4.1'),
      go('github.com/redis/go-redis/v9', 'v9.6.1'),
    ],
  },
  {
    key: 'node',
    name: 'Node.js',
    quadrant: 'Platforms',
    ring: 'Adopt',
    description: 'JavaScript runtime; LTS lines only.',
    packages: [docker('node', '22', '20', '18', '16')],
  },
  {
    key: 'python',
    name: 'Python',
    quadrant: 'Platforms',
    ring: 'Adopt',
    description: 'Data, ML and tooling; supported versions only.',
    packages: [docker('python', '3.12', '3.11', '3.8')],
  },
  {
    key: 'mongodb',
    name: 'MongoDB',
    quadrant: 'Platforms',
    ring: 'Hold',
    previousRing: 'Trial',
    description: 'New services use PostgreSQL (see the decision record).',
    packages: [npm('mongoose', '8.7.0', '6.12.0'), docker('mongo', '7.0', '4.4')],
  },
  {
    key: 'aws-lambda',
    name: 'AWS Lambda',
    quadrant: 'Platforms',
    ring: 'Trial',
    description: 'For event handlers and glue code.',
    packages: [npm('aws-lambda', '1.0.7'), tf('hashicorp/aws', '5.70.0', '4.67.0')],
  },
  {
    key: 'kubernetes',
    name: 'Kubernetes',
    quadrant: 'Platforms',
    ring: 'Adopt',
    description: 'Where services run.',
    packages: [tf('hashicorp/kubernetes', '2.32.0', '2.23.0')],
  },
  // Tools
  {
    key: 'terraform',
    name: 'Terraform',
    quadrant: 'Tools',
    ring: 'Adopt',
    description: 'Infrastructure as code.',
    packages: [action('hashicorp/setup-terraform', 'v3', 'v2')],
  },
  {
    key: 'github-actions',
    name: 'GitHub Actions',
    quadrant: 'Tools',
    ring: 'Adopt',
    description: 'Continuous integration and delivery.',
    packages: [action('actions/checkout', 'v4', 'v3', 'v2')],
  },
  {
    key: 'vitest',
    name: 'Vitest',
    quadrant: 'Tools',
    ring: 'Trial',
    previousRing: 'Assess',
    description: 'Fast tests for TypeScript projects.',
    packages: [npm('vitest', '2.1.3', '1.6.0')],
  },
  {
    key: 'jest',
    name: 'Jest',
    quadrant: 'Tools',
    ring: 'Adopt',
    description: 'JavaScript tests.',
    packages: [npm('jest', '29.7.0', '27.5.1')],
  },
  {
    key: 'pytest',
    name: 'pytest',
    quadrant: 'Tools',
    ring: 'Adopt',
    description: 'Python tests.',
    packages: [pypi('pytest', '8.3.3', '7.4.4')],
  },
  {
    key: 'github-copilot',
    name: 'GitHub Copilot',
    quadrant: 'Tools',
    ring: 'Trial',
    description: 'AI pair programming, measured under Delivery › AI-assisted.',
    packages: [],
  },
  {
    key: 'request',
    name: 'request (npm)',
    quadrant: 'Tools',
    ring: 'Hold',
    description: 'Deprecated HTTP client; use fetch.',
    packages: [npm('request', '2.88.2')],
  },
  {
    key: 'log4j-1',
    name: 'Log4j 1.x',
    quadrant: 'Tools',
    ring: 'Hold',
    description: 'End of life since 2015; use Logback or Log4j 2.',
    packages: [maven('log4j:log4j', '1.2.17')],
  },
  // Techniques
  {
    key: 'trunk-based-development',
    name: 'Trunk-based development',
    quadrant: 'Techniques',
    ring: 'Adopt',
    description: 'Short-lived branches, small pull requests.',
    packages: [],
  },
  {
    key: 'feature-flags',
    name: 'Feature flags',
    quadrant: 'Techniques',
    ring: 'Adopt',
    description: 'Decouple deploy from release.',
    packages: [npm('@openfeature/server-sdk', '1.15.1'), go('github.com/open-feature/go-sdk', 'v1.13.0')],
  },
  {
    key: 'slo-alerting',
    name: 'SLO-based alerting',
    quadrant: 'Techniques',
    ring: 'Trial',
    description: 'Alert on error-budget burn, not on causes.',
    packages: [],
  },
  {
    key: 'llm-code-review',
    name: 'LLM-assisted code review',
    quadrant: 'Techniques',
    ring: 'Assess',
    description: 'Being assessed on the watch list.',
    packages: [],
  },
  {
    key: 'sbom',
    name: 'Software bills of materials',
    quadrant: 'Techniques',
    ring: 'Trial',
    description: 'CycloneDX SBOMs from CI for every release.',
    packages: [action('anchore/sbom-action', 'v0')],
  },
];
