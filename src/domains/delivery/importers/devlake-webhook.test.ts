import { describe, expect, it } from 'vitest';
import {
  closeDevlakeIssue,
  parseDevlakeDeployment,
  parseDevlakeIssue,
  repositoryFromUrl,
} from './devlake-webhook.js';

const origin = { file: 'POST /api/v1/delivery/webhooks/devlake/deployments' };
const SHOP = '015e3d3b480e417aede5a1293bd61de9b0fd051d';
const CART = 'ab01f1a2c3d4e5f60718293a4b5c6d7e8f901234';

/** The v1 body, as DevLake's config UI generates the curl command for it. */
const v1Deployment = {
  id: 'Deploy-2024-03-01-17',
  createdDate: '2024-03-01T11:00:00+00:00',
  startedDate: '2024-03-01T12:00:00+00:00',
  finishedDate: '2024-03-01T12:09:30+00:00',
  environment: 'PRODUCTION',
  result: 'SUCCESS',
  displayTitle: 'Release 2024.03.1',
  name: 'deploy shop and cart',
  deploymentCommits: [
    {
      repoUrl: 'https://github.com/acme/shop.git',
      refName: 'release-2024.03',
      startedDate: '2024-03-01T12:00:00+00:00',
      finishedDate: '2024-03-01T12:05:00+00:00',
      commitSha: SHOP,
      commitMsg: 'Release 2024.03.1',
      displayTitle: 'shop',
      name: 'deployment for shop',
    },
    {
      repoUrl: 'git@gitlab.com:acme/web/cart.git',
      refName: 'main',
      commitSha: CART.toUpperCase(),
      result: 'FAILURE',
    },
  ],
};

describe('repositoryFromUrl', () => {
  it('reads owner/name from the URLs CI systems pass', () => {
    expect(repositoryFromUrl('https://github.com/acme/shop.git')).toBe('acme/shop');
    expect(repositoryFromUrl('https://github.com/apache/incubator-devlake/')).toBe(
      'apache/incubator-devlake',
    );
    expect(repositoryFromUrl('git@github.com:acme/shop.git')).toBe('acme/shop');
    expect(repositoryFromUrl('ssh://git@github.com:22/acme/shop.git')).toBe('acme/shop');
    expect(repositoryFromUrl('https://x-access-token:ghs_abc@github.com/acme/shop')).toBe('acme/shop');
    expect(repositoryFromUrl('https://github.com/acme/shop/tree/main/src')).toBe('acme/shop');
    expect(repositoryFromUrl('https://gitlab.com/acme/platform/infra.git')).toBe('acme/platform/infra');
    expect(repositoryFromUrl('https://gitlab.example.com/acme/web/cart/-/tree/main')).toBe('acme/web/cart');
    expect(repositoryFromUrl('https://dev.azure.com/acme/shop/_git/api')).toBe('acme/shop/api');
    expect(repositoryFromUrl('https://bitbucket.acme.example/scm/shop/api.git')).toBe('shop/api');
    expect(repositoryFromUrl('acme/shop')).toBe('acme/shop');
    expect(repositoryFromUrl('devlake')).toBeNull();
    expect(repositoryFromUrl('https://github.com/')).toBeNull();
  });
});

describe('parseDevlakeDeployment', () => {
  it('reads the v1 form: one deployment per repository, ids <id>:<repo>, per-commit times and results', () => {
    const r = parseDevlakeDeployment(v1Deployment, origin, { service: 'storefront' });
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ deployments: 2 });
    expect(r.input).toEqual({
      source: 'devlake',
      deployments: [
        {
          id: 'Deploy-2024-03-01-17:acme/shop',
          service: 'storefront',
          repository: 'acme/shop',
          environment: 'production',
          sha: SHOP,
          ref: 'release-2024.03',
          status: 'success',
          createdAt: '2024-03-01T11:00:00Z',
          startedAt: '2024-03-01T12:00:00Z',
          finishedAt: '2024-03-01T12:05:00Z',
          name: 'Release 2024.03.1',
          url: null,
          rework: null,
          origin: { ...origin, entity: 'deployment Deploy-2024-03-01-17:acme/shop' },
        },
        expect.objectContaining({
          id: 'Deploy-2024-03-01-17:acme/web/cart',
          repository: 'acme/web/cart',
          sha: CART,
          status: 'failure',
          startedAt: '2024-03-01T12:00:00Z',
          finishedAt: '2024-03-01T12:09:30Z',
        }),
      ],
    });
  });

  it('keeps the id of a deployment of one repository, and takes deploymentId and original environments', () => {
    const r = parseDevlakeDeployment(
      {
        deploymentId: 4711,
        environment: 'production',
        originalEnvironment: 'eu-prod-1',
        result: 'abort',
        startedDate: '2024-03-01T12:00:00+0100',
        url: 'https://ci.acme.example/pipelines/4711',
        deploymentCommits: [{ repoUrl: 'https://github.com/acme/shop', commitSha: SHOP }],
      },
      origin,
    );
    expect(r.issues).toEqual([]);
    expect(r.input.deployments).toEqual([
      expect.objectContaining({
        id: '4711',
        environment: 'eu-prod-1',
        status: 'cancelled',
        createdAt: '2024-03-01T11:00:00Z',
        finishedAt: null,
        url: 'https://ci.acme.example/pipelines/4711',
      }),
    ]);
  });

  it('reads the older flat form (snake_case), finishing at the time of the call when end_time is absent', () => {
    const body = {
      pipeline_id: 'circleci-3321',
      repo_url: 'https://github.com/acme/shop',
      commit_sha: SHOP,
      ref_name: 'main',
      start_time: '2024-03-01T12:00:00+00:00',
      environment: 'STAGING',
    };
    const r = parseDevlakeDeployment(body, origin, { receivedAt: '2024-03-01T12:07:00Z' });
    expect(r.issues).toEqual([]);
    expect(r.input.deployments).toEqual([
      expect.objectContaining({
        id: 'circleci-3321',
        repository: 'acme/shop',
        environment: 'staging',
        ref: 'main',
        status: 'success',
        createdAt: '2024-03-01T12:00:00Z',
        finishedAt: '2024-03-01T12:07:00Z',
      }),
    ]);
    // v0.14's form had no id: the deployment is keyed by commit and environment, with a warning.
    const { pipeline_id: _p, ...noId } = body;
    const old = parseDevlakeDeployment({ ...noId, end_time: '2024-03-01T12:05:00+00:00' }, origin);
    expect(old.input.deployments?.[0]?.id).toBe(`${SHOP}@staging`);
    expect(old.issues).toEqual([expect.objectContaining({ field: 'id', severity: 'warning' })]);
  });

  it('names the field of each problem as the caller wrote it', () => {
    const bad = parseDevlakeDeployment(
      {
        id: 'd-9',
        environment: 'qa',
        result: 'DONE',
        startedDate: '2024-03-01 12:00',
        deploymentCommits: [
          { repoUrl: 'https://github.com/acme/shop', commitSha: 'HEAD' },
          { commitSha: SHOP },
          'x',
        ],
      },
      origin,
    );
    expect(bad.input).toEqual({ source: 'devlake' });
    expect(bad.issues.map((i) => [i.field, i.message])).toEqual([
      ['result', '"DONE" is not a known result. Allowed: SUCCESS, FAILURE, ABORT, MANUAL.'],
      ['environment', '"QA" is not a known environment. Allowed: PRODUCTION, STAGING, TESTING, DEVELOPMENT.'],
      ['startedDate', expect.stringContaining('"2024-03-01 12:00" has no time zone')],
      ['deploymentCommits[0].commitSha', '"HEAD" is not a commit sha: only 0-9 and a-f are allowed.'],
      ['deploymentCommits[1].repoUrl', 'The repoUrl is missing.'],
      ['deploymentCommits[2]', 'Each deployment commit must be an object with repoUrl and commitSha.'],
    ]);
    expect(bad.issues[0]).toMatchObject({ file: origin.file, entity: 'deployment d-9', severity: 'error' });

    const snake = parseDevlakeDeployment(
      {
        pipeline_id: 'p1',
        repo_url: 'devlake',
        commit_sha: SHOP,
        start_time: '2024-03-01T12:00:00Z',
        end_time: '2024-03-01T11:00:00Z',
      },
      origin,
    );
    expect(snake.issues.map((i) => [i.field, i.message])).toEqual([
      ['repo_url', '"devlake" is not a repository URL (https://github.com/owner/name) or owner/name.'],
    ]);
    const order = parseDevlakeDeployment(
      {
        pipeline_id: 'p1',
        repo_url: 'acme/shop',
        commit_sha: SHOP,
        start_time: '2024-03-01T12:00:00Z',
        end_time: '2024-03-01T11:00:00Z',
      },
      origin,
    );
    expect(order.issues.map((i) => [i.field, i.message])).toEqual([
      ['end_time', 'end_time 2024-03-01T11:00:00Z is before start_time 2024-03-01T12:00:00Z.'],
    ]);
  });

  it('refuses bodies without commits, without a start, or that are not objects', () => {
    expect(
      parseDevlakeDeployment({ id: 'd', startedDate: '2024-03-01T12:00:00Z', deploymentCommits: [] }, origin)
        .issues,
    ).toEqual([
      expect.objectContaining({
        field: 'deploymentCommits',
        message: expect.stringContaining('deploymentCommits is empty'),
      }),
    ]);
    expect(
      parseDevlakeDeployment(
        { id: 'd', deploymentCommits: [{ repoUrl: 'acme/shop', commitSha: SHOP }] },
        origin,
      ).issues,
    ).toEqual([expect.objectContaining({ field: 'startedDate', message: 'The startedDate is missing.' })]);
    expect(
      parseDevlakeDeployment({ id: 'd', startedDate: '2024-03-01T12:00:00Z' }, origin).issues[0]?.message,
    ).toContain('names no commit');
    expect(parseDevlakeDeployment('[]', origin).issues).toEqual([
      { file: origin.file, message: 'The body must be a JSON object.', severity: 'error' },
    ]);
  });

  it('keeps the first commit of a repository named twice, with a warning', () => {
    const r = parseDevlakeDeployment(
      {
        id: 'd-2',
        startedDate: '2024-03-01T12:00:00Z',
        deploymentCommits: [
          { repoUrl: 'https://github.com/acme/shop', commitSha: SHOP },
          { repoUrl: 'git@github.com:acme/shop.git', commitSha: CART },
        ],
      },
      origin,
    );
    expect(r.input.deployments?.map((d) => [d.id, d.sha])).toEqual([['d-2', SHOP]]);
    expect(r.issues).toEqual([
      expect.objectContaining({ field: 'deploymentCommits[1].commitSha', severity: 'warning' }),
    ]);
  });
});

describe('parseDevlakeIssue and closeDevlakeIssue', () => {
  const issueOrigin = { file: 'POST /api/v1/delivery/webhooks/devlake/issues' };
  const incident = {
    issueKey: 'INC-2024-031',
    title: 'Checkout returns 502 after release',
    type: 'INCIDENT',
    status: 'DONE',
    originalStatus: 'Resolved',
    createdDate: '2024-03-01T12:20:00+00:00',
    updatedDate: '2024-03-01T14:00:00+00:00',
    resolutionDate: '2024-03-01T13:05:00+00:00',
    leadTimeMinutes: 45,
    url: 'https://acme.pagerduty.example/incidents/INC-2024-031',
    priority: 'P1',
    severity: 'SEV1',
    component: 'checkout',
  };

  it('turns an INCIDENT into an incident', () => {
    const r = parseDevlakeIssue(incident, issueOrigin);
    expect(r.issues).toEqual([]);
    expect(r.ignored).toBeUndefined();
    expect(r.input).toEqual({
      source: 'devlake',
      incidents: [
        {
          id: 'INC-2024-031',
          title: 'Checkout returns 502 after release',
          service: 'checkout',
          severity: 'SEV1',
          status: 'resolved',
          startedAt: '2024-03-01T12:20:00Z',
          resolvedAt: '2024-03-01T13:05:00Z',
          deploymentId: null,
          url: 'https://acme.pagerduty.example/incidents/INC-2024-031',
          origin: { ...issueOrigin, entity: 'incident INC-2024-031' },
        },
      ],
    });
  });

  it('reads the snake_case form, an open incident, and priority as the severity', () => {
    const r = parseDevlakeIssue(
      {
        issue_key: 'DLK-1234',
        title: 'Payments down',
        type: 'incident',
        status: 'in_progress',
        created_date: '2024-03-01T12:00:00+00:00',
        priority: 'P2',
      },
      issueOrigin,
      { service: 'payments' },
    );
    expect(r.issues).toEqual([]);
    expect(r.input.incidents).toEqual([
      expect.objectContaining({
        id: 'DLK-1234',
        status: 'open',
        resolvedAt: null,
        severity: 'P2',
        service: 'payments',
      }),
    ]);
  });

  it('accepts and ignores issues that are not incidents, saying why', () => {
    const r = parseDevlakeIssue({ ...incident, type: 'BUG' }, issueOrigin);
    expect(r.input).toEqual({ source: 'devlake' });
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ ignored: 1 });
    expect(r.ignored).toBe(
      'The issue is of type BUG, not INCIDENT; only incidents are kept (as change failures), so it is accepted and ignored.',
    );
    expect(parseDevlakeIssue({ issueKey: 'REQ-1', title: 'x' }, issueOrigin).ignored).toContain(
      'has no type',
    );
  });

  it('names the fields of a malformed incident', () => {
    const r = parseDevlakeIssue(
      {
        issue_key: 'INC-9',
        type: 'INCIDENT',
        status: 'CLOSED',
        created_date: '01/03/2024',
        lead_time_minutes: -4,
      },
      issueOrigin,
    );
    expect(r.input).toEqual({ source: 'devlake' });
    expect(r.issues.map((i) => [i.field, i.message])).toEqual([
      ['title', 'The title is missing.'],
      ['status', '"CLOSED" is not a known status. Allowed: TODO, IN_PROGRESS, DONE.'],
      ['created_date', expect.stringContaining('"01/03/2024" is not an ISO 8601 timestamp')],
      ['lead_time_minutes', '-4 is negative; minutes are 0 or more.'],
    ]);
    expect(r.issues[0]).toMatchObject({ entity: 'issue INC-9', severity: 'error' });
    const done = parseDevlakeIssue(
      { ...incident, resolutionDate: undefined, updatedDate: undefined },
      issueOrigin,
    );
    expect(done.issues).toEqual([
      expect.objectContaining({
        field: 'resolutionDate',
        message: 'A DONE incident needs resolutionDate (when service was restored).',
      }),
    ]);
    const fallback = parseDevlakeIssue({ ...incident, resolutionDate: null }, issueOrigin);
    expect(fallback.input.incidents?.[0]?.resolvedAt).toBe('2024-03-01T14:00:00Z');
    expect(fallback.issues).toEqual([
      expect.objectContaining({ field: 'resolutionDate', severity: 'warning' }),
    ]);
  });

  it('closes an incident by key at the time of the call', () => {
    expect(closeDevlakeIssue('INC-2024-031', '2024-03-01T14:10:00+01:00')).toEqual({
      close: { source: 'devlake', id: 'INC-2024-031', resolvedAt: '2024-03-01T13:10:00Z' },
      issues: [],
    });
    const bad = closeDevlakeIssue(' ', 'yesterday');
    expect(bad.close).toBeNull();
    expect(bad.issues.map((i) => i.field)).toEqual(['issueKey', 'at']);
  });
});
