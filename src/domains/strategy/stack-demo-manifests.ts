/**
 * Manifest texts of a demo repository, written in memory from the demo's technologies (strategy-demo-tech.ts)
 * with a seeded choice of stack and versions: versions spread, some repositories still on hold
 * technologies (AngularJS, Moment.js, request, Log4j 1.x, MongoDB) and on runtimes past end of life
 * (node:16, python:3.8). The texts go through the same parsers as a scan.
 */
import { DEMO_TECHNOLOGIES } from './strategy-demo-tech.js';

export type DemoArchetype = 'web' | 'node' | 'go' | 'python' | 'jvm' | 'infra';

export interface DemoManifests {
  archetype: DemoArchetype;
  /** path -> text */
  files: Map<string, string>;
  /** Source files (path, bytes) for language shares; a demo repository has no real code. */
  code: { path: string; size: number }[];
}

type Rand = () => number;

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (rand: Rand, p: number) => rand() < p;

/** The versions the demo knows for a package, first one most common. */
function versions(name: string): string[] {
  for (const t of DEMO_TECHNOLOGIES) for (const p of t.packages) if (p.name === name) return p.versions;
  return ['1.0.0'];
}

/** A version of `name`, weighted towards the first listed (the one most teams are on). */
function versionOf(rand: Rand, name: string): string {
  const vs = versions(name);
  return rand() < 0.55 ? vs[0]! : pick(rand, vs);
}

function packageFiles(
  rand: Rand,
  repo: string,
  deps: Record<string, string>,
  dev: Record<string, string>,
  node: string,
) {
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  const engines = chance(rand, 0.6) ? { engines: { node: `>=${node}` } } : {};
  const pkg = {
    name,
    version: '1.0.0',
    private: true,
    ...engines,
    dependencies: Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, `^${v}`])),
    devDependencies: Object.fromEntries(Object.entries(dev).map(([k, v]) => [k, `^${v}`])),
  };
  const packages: Record<string, unknown> = {
    '': { name, version: '1.0.0', dependencies: pkg.dependencies, devDependencies: pkg.devDependencies },
  };
  for (const [k, v] of Object.entries(deps)) packages[`node_modules/${k}`] = { version: v };
  for (const [k, v] of Object.entries(dev)) packages[`node_modules/${k}`] = { version: v, dev: true };
  return new Map([
    ['package.json', `${JSON.stringify(pkg, null, 2)}\n`],
    [
      'package-lock.json',
      `${JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
    ],
  ]);
}

function dockerfile(build: string, run?: string): string {
  return run
    ? `FROM ${build} AS build\nWORKDIR /src\nCOPY . .\nRUN make build\n\nFROM ${run}\nCOPY --from=build /src/out /app\nENTRYPOINT ["/app/service"]\n`
    : `FROM ${build}\nWORKDIR /app\nCOPY . .\nCMD ["./start"]\n`;
}

function workflow(rand: Rand, extra: string): string {
  return `name: ci\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${versionOf(rand, 'actions/checkout')}\n${extra}${
    chance(rand, 0.3) ? `      - uses: anchore/sbom-action@v0\n` : ''
  }`;
}

function code(rand: Rand, ext: string, dir: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({
    path: `${dir}/file${i}.${ext}`,
    size: 400 + Math.floor(rand() * 12_000),
  }));
}

export function demoManifests(rand: Rand, repo: string, isInfra: boolean): DemoManifests {
  const archetype: DemoArchetype = isInfra
    ? 'infra'
    : pick(rand, ['web', 'web', 'node', 'node', 'go', 'go', 'python', 'python', 'jvm'] as const);
  let files = new Map<string, string>();
  let codeFiles: { path: string; size: number }[] = [];
  const node = pick(rand, ['22', '22', '20', '20', '18', '16']);
  if (archetype === 'web' || archetype === 'node') {
    const deps: Record<string, string> = {};
    const dev: Record<string, string> = { typescript: versionOf(rand, 'typescript') };
    if (archetype === 'web') {
      if (chance(rand, 0.12)) deps.angular = versionOf(rand, 'angular');
      else deps.react = versionOf(rand, 'react');
      if (chance(rand, 0.15)) deps.jquery = versionOf(rand, 'jquery');
      if (chance(rand, 0.1)) deps['htmx.org'] = versionOf(rand, 'htmx.org');
    } else {
      if (chance(rand, 0.5)) deps.pg = versionOf(rand, 'pg');
      if (chance(rand, 0.15)) deps.mongoose = versionOf(rand, 'mongoose');
      if (chance(rand, 0.4)) deps.kafkajs = versionOf(rand, 'kafkajs');
      if (chance(rand, 0.4)) deps.ioredis = versionOf(rand, 'ioredis');
      if (chance(rand, 0.12)) deps.request = versionOf(rand, 'request');
      if (chance(rand, 0.3)) deps['@openfeature/server-sdk'] = versionOf(rand, '@openfeature/server-sdk');
      if (chance(rand, 0.15)) deps['aws-lambda'] = versionOf(rand, 'aws-lambda');
    }
    if (chance(rand, 0.2)) deps.moment = versionOf(rand, 'moment');
    else deps['date-fns'] = versionOf(rand, 'date-fns');
    if (chance(rand, 0.5)) dev.vitest = versionOf(rand, 'vitest');
    else dev.jest = versionOf(rand, 'jest');
    files = packageFiles(rand, repo, deps, dev, node);
    files.set('Dockerfile', dockerfile(`node:${node}-alpine`));
    if (chance(rand, 0.4)) files.set('.nvmrc', `${node}\n`);
    files.set(
      '.github/workflows/ci.yml',
      workflow(rand, `      - uses: actions/setup-node@v4\n        with:\n          node-version: ${node}\n`),
    );
    codeFiles = [
      ...code(rand, archetype === 'web' ? 'tsx' : 'ts', 'src', 12 + Math.floor(rand() * 40)),
      ...code(rand, 'js', 'scripts', 2),
    ];
    if (archetype === 'web') codeFiles.push(...code(rand, 'css', 'src/styles', 4));
  } else if (archetype === 'go') {
    const go = pick(rand, ['1.23', '1.23', '1.22', '1.20']);
    const req = [
      chance(rand, 0.6) && `github.com/jackc/pgx/v5 ${versionOf(rand, 'github.com/jackc/pgx/v5')}`,
      chance(rand, 0.4) &&
        `github.com/segmentio/kafka-go ${versionOf(rand, 'github.com/segmentio/kafka-go')}`,
      chance(rand, 0.4) && `github.com/redis/go-redis/v9 ${versionOf(rand, 'github.com/redis/go-redis/v9')}`,
      chance(rand, 0.3) &&
        `github.com/open-feature/go-sdk ${versionOf(rand, 'github.com/open-feature/go-sdk')}`,
      `github.com/stretchr/testify v1.9.0`,
    ].filter(Boolean);
    files.set(
      'go.mod',
      `module github.com/${repo}\n\ngo ${go}\n\nrequire (\n${req.map((r) => `\t${r}\n`).join('')})\n`,
    );
    files.set('Dockerfile', dockerfile(`golang:${go}-alpine`, 'gcr.io/distroless/static-debian12'));
    files.set(
      '.github/workflows/ci.yml',
      workflow(rand, `      - uses: actions/setup-go@v5\n        with:\n          go-version: '${go}'\n`),
    );
    codeFiles = code(rand, 'go', 'internal', 15 + Math.floor(rand() * 50));
  } else if (archetype === 'python') {
    const py = pick(rand, ['3.12', '3.12', '3.11', '3.11', '3.8']);
    const web = chance(rand, 0.5) ? 'fastapi' : 'django';
    const reqs = [
      `${web}==${versionOf(rand, web)}`,
      chance(rand, 0.6) && `psycopg2-binary==${versionOf(rand, 'psycopg2-binary')}`,
      'requests==2.32.3',
    ].filter(Boolean);
    files.set('requirements.txt', `${reqs.join('\n')}\n`);
    files.set('requirements-dev.txt', `pytest==${versionOf(rand, 'pytest')}\n`);
    if (chance(rand, 0.5)) {
      files.set(
        'pyproject.toml',
        `[project]\nname = "${repo.slice(repo.lastIndexOf('/') + 1)}"\nversion = "1.0.0"\nrequires-python = ">=${py}"\ndependencies = [\n  "${web}>=${versionOf(rand, web)}",\n]\n`,
      );
    }
    if (chance(rand, 0.4)) files.set('.python-version', `${py}\n`);
    files.set('Dockerfile', dockerfile(`python:${py}-slim`));
    files.set(
      '.github/workflows/ci.yml',
      workflow(
        rand,
        `      - uses: actions/setup-python@v5\n        with:\n          python-version: '${py}'\n`,
      ),
    );
    codeFiles = code(rand, 'py', 'app', 10 + Math.floor(rand() * 40));
  } else if (archetype === 'jvm') {
    const java = pick(rand, ['21', '17', '17', '11']);
    const deps = [
      [
        'org.springframework.boot',
        'spring-boot-starter-web',
        versionOf(rand, 'org.springframework.boot:spring-boot-starter-web'),
      ],
      ...(chance(rand, 0.5)
        ? [['org.apache.kafka', 'kafka-clients', versionOf(rand, 'org.apache.kafka:kafka-clients')]]
        : []),
      ...(chance(rand, 0.4)
        ? [['org.jetbrains.kotlin', 'kotlin-stdlib', versionOf(rand, 'org.jetbrains.kotlin:kotlin-stdlib')]]
        : []),
      ...(chance(rand, 0.25) ? [['log4j', 'log4j', '1.2.17']] : []),
    ];
    files.set(
      'pom.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>${repo.slice(repo.lastIndexOf('/') + 1)}</artifactId>\n  <version>1.0.0</version>\n  <properties>\n    <java.version>${java}</java.version>\n  </properties>\n  <dependencies>\n${deps
        .map(
          ([g, a, v]) =>
            `    <dependency>\n      <groupId>${g}</groupId>\n      <artifactId>${a}</artifactId>\n      <version>${v}</version>\n    </dependency>\n`,
        )
        .join('')}  </dependencies>\n</project>\n`,
    );
    files.set('Dockerfile', dockerfile(`eclipse-temurin:${java}-jre`));
    files.set(
      '.github/workflows/ci.yml',
      workflow(
        rand,
        `      - uses: actions/setup-java@v4\n        with:\n          java-version: '${java}'\n          distribution: temurin\n`,
      ),
    );
    codeFiles = code(
      rand,
      deps.some((d) => d[1] === 'kotlin-stdlib') ? 'kt' : 'java',
      'src/main',
      20 + Math.floor(rand() * 60),
    );
  } else {
    const aws = versionOf(rand, 'hashicorp/aws');
    const k8s = versionOf(rand, 'hashicorp/kubernetes');
    files.set(
      'versions.tf',
      `terraform {\n  required_version = ">= 1.5.0"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> ${aws}"\n    }\n    kubernetes = {\n      source  = "hashicorp/kubernetes"\n      version = "~> ${k8s}"\n    }\n  }\n}\n`,
    );
    files.set(
      '.github/workflows/plan.yml',
      workflow(
        rand,
        `      - uses: hashicorp/setup-terraform@${versionOf(rand, 'hashicorp/setup-terraform')}\n`,
      ),
    );
    if (chance(rand, 0.3))
      files.set('docker/db/Dockerfile', dockerfile(`postgres:${versionOf(rand, 'postgres')}`));
    if (chance(rand, 0.2))
      files.set('docker/cache/Dockerfile', dockerfile(`redis:${versionOf(rand, 'redis')}`));
    if (chance(rand, 0.1))
      files.set('docker/legacy/Dockerfile', dockerfile(`mongo:${versionOf(rand, 'mongo')}`));
    codeFiles = [
      ...code(rand, 'hcl', 'live', 8 + Math.floor(rand() * 20)),
      ...code(rand, 'sh', 'scripts', 3),
    ];
  }
  return { archetype, files, code: codeFiles };
}
