import { describe, expect, it } from 'vitest';
import {
  parseGoMod,
  parsePoetryLock,
  parsePyprojectToml,
  parseRequirementsTxt,
} from './go-python-manifests.js';

const goMod = `module github.com/acme/billing

go 1.22

toolchain go1.22.1

require github.com/google/uuid v1.6.0

require (
	github.com/jackc/pgx/v5 v5.5.5
	github.com/prometheus/client_golang v1.19.0
	golang.org/x/sync v0.6.0 // indirect
	github.com/acme/shared v0.0.0-20240301120000-abcdef123456
	github.com/acme/internal v1.0.0
)

replace github.com/acme/shared => github.com/acme/shared-fork v0.3.1

replace (
	github.com/acme/internal => ../internal
)
`;

describe('parseGoMod', () => {
  it('reads single and block requires, indirect markers and replaces', () => {
    const r = parseGoMod(goMod, 'go.mod');
    expect(r.dependencies.map((d) => [d.name, d.version, d.requirement, d.direct, d.line])).toEqual([
      ['github.com/google/uuid', 'v1.6.0', 'v1.6.0', true, 7],
      ['github.com/jackc/pgx/v5', 'v5.5.5', 'v5.5.5', true, 10],
      ['github.com/prometheus/client_golang', 'v1.19.0', 'v1.19.0', true, 11],
      ['golang.org/x/sync', 'v0.6.0', 'v0.6.0', false, 12],
      ['github.com/acme/shared-fork', 'v0.3.1', 'v0.0.0-20240301120000-abcdef123456', true, 13],
      ['github.com/acme/internal', null, 'v1.0.0', true, 14],
    ]);
    expect(r.warnings).toEqual([
      {
        file: 'go.mod',
        line: 14,
        message: 'go.mod: github.com/acme/internal is replaced by the local path ../internal',
      },
    ]);
  });

  it('warns on a file that is not a go.mod', () => {
    expect(parseGoMod('{"not": "go"}', 'go.mod').warnings[0]?.message).toContain('not a go.mod');
  });
});

const requirements = `# Pinned with pip-compile
-r base.txt
--index-url https://pypi.org/simple
Django==4.2.11  # LTS
djangorestframework>=3.14,<4.0
requests[security,socks] >= 2.31.0 ; python_version >= "3.8"
psycopg2-binary==2.9.9 \\
    --hash=sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \\
    --hash=sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
Celery
ruamel.yaml.clib==0.2.8
-e git+https://github.com/acme/acme-utils.git@v1.2#egg=acme_utils
mypkg @ https://files.example.com/mypkg-1.0.tar.gz
!!!broken
`;

describe('parseRequirementsTxt', () => {
  it('reads pins, ranges, extras, markers, continuations and notes includes', () => {
    const r = parseRequirementsTxt(requirements, 'requirements/dev-requirements.txt');
    expect(r.dependencies.map((d) => [d.name, d.version, d.line])).toEqual([
      ['django', '==4.2.11', 4],
      ['djangorestframework', '>=3.14,<4.0', 5],
      ['requests', '>=2.31.0', 6],
      ['psycopg2-binary', '==2.9.9', 7],
      ['celery', null, 10],
      ['ruamel-yaml-clib', '==0.2.8', 11],
      ['acme-utils', null, 12],
      ['mypkg', '@ https://files.example.com/mypkg-1.0.tar.gz', 13],
    ]);
    expect(r.dependencies.every((d) => d.scope === 'dev' && d.direct && d.ecosystem === 'pypi')).toBe(true);
    expect(r.warnings).toEqual([
      {
        file: 'requirements/dev-requirements.txt',
        line: 2,
        message:
          'requirements/dev-requirements.txt: includes requirements file base.txt (scan it separately)',
      },
      {
        file: 'requirements/dev-requirements.txt',
        line: 14,
        message: "requirements/dev-requirements.txt: cannot read requirement '!!!broken' at line 14",
      },
    ]);
  });
});

const pep621 = `[build-system]
requires = ["hatchling>=1.18"]
build-backend = "hatchling.build"

[project]
name = "acme-api"
version = "0.4.0"
description = """
The Acme API, with "quotes".
"""
requires-python = ">=3.10"
dependencies = [
  "fastapi>=0.110",
  "uvicorn[standard]~=0.27.0",  # server
  'pydantic-settings',
  "typing_extensions>=4.8; python_version < '3.11'",
]

[project.optional-dependencies]
postgres = ["asyncpg==0.29.0"]

[dependency-groups]
test = ["pytest>=8", {include-group = "lint"}]
lint = ["ruff"]

[tool.ruff]
line-length = 100
`;

const poetryProject = `[tool.poetry]
name = "acme-worker"
version = "1.0.0"
authors = ["Ops <ops@acme.test>"]

[tool.poetry.dependencies]
python = "^3.11"
celery = { version = "^5.3", extras = ["redis"] }
boto3 = "^1.34"
acme-sdk = { git = "https://github.com/acme/sdk.git", tag = "v2.0.0" }
sentry-sdk = { version = "^1.40", optional = true }

[tool.poetry.group.dev.dependencies]
black = "^24.2"

[tool.poetry.group.test.dependencies]
pytest = "^8.0"
`;

describe('parsePyprojectToml', () => {
  it('reads PEP 621 dependencies, extras, dependency groups and build requirements', () => {
    const r = parsePyprojectToml(pep621, 'pyproject.toml');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.line])).toEqual([
      ['fastapi', '>=0.110', 'runtime', 13],
      ['uvicorn', '~=0.27.0', 'runtime', 14],
      ['pydantic-settings', null, 'runtime', 15],
      ['typing-extensions', '>=4.8', 'runtime', 16],
      ['asyncpg', '==0.29.0', 'optional', 20],
      ['pytest', '>=8', 'test', 23],
      ['ruff', null, 'dev', 24],
      ['hatchling', '>=1.18', 'build', 2],
    ]);
  });

  it('reads Poetry dependencies and groups', () => {
    const r = parsePyprojectToml(poetryProject, 'pyproject.toml');
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.line])).toEqual([
      ['celery', '^5.3', 'runtime', 8],
      ['boto3', '^1.34', 'runtime', 9],
      ['acme-sdk', null, 'runtime', 10],
      ['sentry-sdk', '^1.40', 'optional', 11],
      ['black', '^24.2', 'dev', 14],
      ['pytest', '^8.0', 'test', 17],
    ]);
  });

  it('warns with the line on invalid TOML', () => {
    const r = parsePyprojectToml(
      '[project]\nname = "x"\ndependencies = [\n  "fastapi"\n  "uvicorn"\n]\n',
      'pyproject.toml',
    );
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.line).toBe(5);
    expect(r.warnings[0]?.message).toMatch(/^pyproject\.toml: invalid TOML/);
  });
});

const poetryLock = `# This file is automatically @generated by Poetry 1.4.2 and should not be changed by hand.

[[package]]
name = "amqp"
version = "5.2.0"
description = "Low-level AMQP client for Python (fork of amqplib)."
category = "main"
optional = false
python-versions = ">=3.6"
files = [
    {file = "amqp-5.2.0-py3-none-any.whl", hash = "sha256:827cb12fb0baa892aad844fd95258143bce4027fdac4fccddbc43330fd281637"},
    {file = "amqp-5.2.0.tar.gz", hash = "sha256:a1ecff425ad063ad42a486c902807d1482311481c8ad95a72694b2975e75f7fd"},
]

[package.dependencies]
vine = ">=5.0.0,<6.0.0"

[[package]]
name = "Celery"
version = "5.3.6"
description = "Distributed Task Queue."
category = "main"
optional = false
python-versions = ">=3.8"

[package.dependencies]
amqp = ">=5.1.1,<6.0.0"

[package.extras]
redis = ["redis (>=4.5.2,!=4.5.5,<6.0.0)"]

[[package]]
name = "vine"
version = "5.1.0"
description = "Python promises."
category = "main"
optional = false
python-versions = ">=3.6"

[[package]]
name = "black"
version = "24.2.0"
description = "The uncompromising code formatter."
category = "dev"
optional = false
python-versions = ">=3.8"

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "0f4e3b1c6a2d"
`;

describe('parsePoetryLock', () => {
  it('reads [[package]] entries with category and direct heuristics', () => {
    const r = parsePoetryLock(poetryLock, 'poetry.lock');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.direct, d.line])).toEqual([
      ['amqp', '5.2.0', 'runtime', false, 4],
      ['celery', '5.3.6', 'runtime', true, 19],
      ['vine', '5.1.0', 'runtime', false, 33],
      ['black', '24.2.0', 'dev', true, 41],
    ]);
  });

  it('warns on a truncated lockfile', () => {
    const r = parsePoetryLock(
      poetryLock.slice(0, poetryLock.indexOf('{file = "amqp-5.2.0.tar.gz"') + 20),
      'poetry.lock',
    );
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toMatch(/^poetry\.lock: invalid TOML \(unterminated string at line 12\)/);
  });
});
