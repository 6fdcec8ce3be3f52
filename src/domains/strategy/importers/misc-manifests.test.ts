import { describe, expect, it } from 'vitest';
import {
  parseComposerJson,
  parseDockerfile,
  parseGemfileLock,
  parseGithubWorkflow,
  parseTerraform,
  splitImageReference,
} from './misc-manifests.js';

const gemfileLock = `GIT
  remote: https://github.com/acme/acme-auth.git
  revision: 4f2e7a1b9c0d
  branch: main
  specs:
    acme-auth (0.9.0)
      jwt (~> 2.7)

GEM
  remote: https://rubygems.org/
  specs:
    actionpack (7.1.3)
      rack (>= 2.2.4)
    jwt (2.8.1)
      base64
    base64 (0.2.0)
    nokogiri (1.16.2-arm64-darwin)
      racc (~> 1.4)
    nokogiri (1.16.2-x86_64-linux)
      racc (~> 1.4)
    rack (3.0.9.1)
    racc (1.7.3)
    rails (7.1.3)
      actionpack (= 7.1.3)
    rspec-rails (6.1.1)

PLATFORMS
  arm64-darwin-23
  x86_64-linux

DEPENDENCIES
  acme-auth!
  nokogiri
  rails (~> 7.1.3)
  rspec-rails

BUNDLED WITH
   2.5.6
`;

describe('parseGemfileLock', () => {
  it('reads GEM and GIT specs; DEPENDENCIES marks direct; platform variants collapse', () => {
    const r = parseGemfileLock(gemfileLock, 'Gemfile.lock');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.direct, d.line])).toEqual([
      ['acme-auth', '0.9.0', true, 6],
      ['actionpack', '7.1.3', false, 12],
      ['jwt', '2.8.1', false, 14],
      ['base64', '0.2.0', false, 16],
      ['nokogiri', '1.16.2', true, 17],
      ['rack', '3.0.9.1', false, 21],
      ['racc', '1.7.3', false, 22],
      ['rails', '7.1.3', true, 23],
      ['rspec-rails', '6.1.1', true, 25],
    ]);
  });

  it('warns on a file that is not a Gemfile.lock', () => {
    expect(parseGemfileLock("source 'https://rubygems.org'\ngem 'rails'\n", 'Gemfile.lock').warnings).toEqual(
      [
        {
          file: 'Gemfile.lock',
          message: 'Gemfile.lock: not a Gemfile.lock (no GEM or DEPENDENCIES section)',
        },
      ],
    );
  });
});

const composerJson = `{
    "name": "acme/shop",
    "type": "project",
    "require": {
        "php": "^8.2",
        "ext-json": "*",
        "laravel/framework": "^10.10",
        "guzzlehttp/guzzle": "^7.2"
    },
    "require-dev": {
        "phpunit/phpunit": "^10.1",
        "laravel/pint": "^1.0"
    }
}
`;

describe('parseComposerJson', () => {
  it('reads require and require-dev, skipping platform requirements', () => {
    const r = parseComposerJson(composerJson, 'composer.json');
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.line])).toEqual([
      ['laravel/framework', '^10.10', 'runtime', 7],
      ['guzzlehttp/guzzle', '^7.2', 'runtime', 8],
      ['phpunit/phpunit', '^10.1', 'dev', 11],
      ['laravel/pint', '^1.0', 'dev', 12],
    ]);
  });

  it('warns on invalid JSON', () => {
    const r = parseComposerJson(
      '{\n  "require": {\n    "laravel/framework": "^10.10",\n  }\n}\n',
      'composer.json',
    );
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.line).toBe(4);
  });
});

const dockerfile = `# syntax=docker/dockerfile:1.6
ARG NODE_VERSION=20.11.1
ARG DISTROLESS=gcr.io/distroless/nodejs20-debian12

FROM --platform=$BUILDPLATFORM node:\${NODE_VERSION}-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build
COPY --from=ghcr.io/acme/assets:2024.03 /assets ./public

FROM \${DISTROLESS}@sha256:6b4b8a3bbdcb2bd5c5ac4d3e5a1b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5 \\
  AS runtime
COPY --from=build /app/dist /app
COPY --from=0 /app/node_modules /app/node_modules
CMD ["/app/server.js"]
`;

describe('parseDockerfile', () => {
  it('reads FROM images with ARG defaults, digests, stage names and COPY --from images', () => {
    const r = parseDockerfile(dockerfile, 'Dockerfile');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.line])).toEqual([
      ['node', '20.11.1-alpine', 'build', 5],
      ['ghcr.io/acme/assets', '2024.03', 'build', 13],
      [
        'gcr.io/distroless/nodejs20-debian12',
        'sha256:6b4b8a3bbdcb2bd5c5ac4d3e5a1b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5',
        'runtime',
        15,
      ],
    ]);
  });

  it('warns about unresolvable variables and files without FROM', () => {
    const r = parseDockerfile('ARG TAG\nFROM python:$TAG\nFROM scratch\n', 'docker/api.Dockerfile');
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toEqual([
      {
        file: 'docker/api.Dockerfile',
        line: 2,
        message: "docker/api.Dockerfile: cannot resolve image 'python:$TAG' at line 2 (no ARG default)",
      },
    ]);
    expect(parseDockerfile('hello: world\n', 'Dockerfile').warnings[0]?.message).toContain(
      'no FROM instruction',
    );
  });

  it('splits registry ports from tags', () => {
    expect(splitImageReference('localhost:5000/team/app')).toEqual({
      name: 'localhost:5000/team/app',
      tag: null,
      digest: null,
    });
    expect(splitImageReference('localhost:5000/team/app:1.0')).toEqual({
      name: 'localhost:5000/team/app',
      tag: '1.0',
      digest: null,
    });
  });
});

const workflow = `name: CI
on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20-bookworm
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8 # v4.0.2
        with:
          node-version: 20
          cache: npm
      - uses: ./.github/actions/setup-env
      - run: npm ci && npm test
      - uses: docker://hadolint/hadolint:v2.12.0
        with:
          args: hadolint Dockerfile
      - uses: github/codeql-action/upload-sarif@v3
  deploy:
    needs: test
    uses: acme/platform-workflows/.github/workflows/deploy.yml@main
    secrets: inherit
`;

describe('parseGithubWorkflow', () => {
  it('reads actions, reusable workflows, docker:// steps and job images; skips local actions', () => {
    const r = parseGithubWorkflow(workflow, '.github/workflows/ci.yml');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.ecosystem, d.name, d.version, d.line])).toEqual([
      ['docker', 'node', '20-bookworm', 11],
      ['docker', 'postgres', '16', 14],
      ['github-actions', 'actions/checkout', 'v4', 18],
      ['github-actions', 'actions/setup-node', '60edb5dd545a775178f52524783378180af0d1f8', 19],
      ['docker', 'hadolint/hadolint', 'v2.12.0', 25],
      ['github-actions', 'github/codeql-action/upload-sarif', 'v3', 28],
      ['github-actions', 'acme/platform-workflows/.github/workflows/deploy.yml', 'main', 31],
    ]);
  });

  it('warns with the line on truncated YAML', () => {
    const r = parseGithubWorkflow(
      'jobs:\n  test:\n    steps:\n      - uses: "actions/checkout@v4\n',
      '.github/workflows/ci.yml',
    );
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toMatch(/^\.github\/workflows\/ci\.yml: invalid YAML at line \d+/);
  });
});

const terraform = `terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    # the Cloudflare provider moved to its own namespace
    cloudflare = {
      source  = "registry.terraform.io/cloudflare/cloudflare"
      version = ">= 4.0, < 5.0"
    }
    random = { source = "hashicorp/random" }
    google = "~> 4.0"
  }

  backend "s3" {
    bucket = "acme-tfstate"
    key    = "prod/network.tfstate"
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { Team = "platform" }
  }
}
`;

describe('parseTerraform', () => {
  it('reads required_providers in object and legacy string forms', () => {
    const r = parseTerraform(terraform, 'infra/versions.tf');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.line])).toEqual([
      ['hashicorp/aws', '~> 5.40', 5],
      ['cloudflare/cloudflare', '>= 4.0, < 5.0', 10],
      ['hashicorp/random', null, 14],
      ['hashicorp/google', '~> 4.0', 15],
    ]);
  });

  it('warns on a truncated file and ignores files without required_providers', () => {
    const r = parseTerraform(terraform.slice(0, terraform.indexOf('random')), 'main.tf');
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toEqual([
      { file: 'main.tf', message: "main.tf: unbalanced braces (4 '{' and 2 '}'; truncated file?)" },
    ]);
    expect(parseTerraform('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n', 's3.tf')).toEqual({
      dependencies: [],
      warnings: [],
    });
  });
});
