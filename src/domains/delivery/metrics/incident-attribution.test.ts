import { describe, expect, it } from 'vitest';
import type { DeploymentRow, IncidentRow } from './delivery-rows.js';
import { attributeIncidents } from './incident-attribution.js';

const deployment = (
  id: number,
  serviceId: number | null,
  finishedAt: number,
  extra: Partial<DeploymentRow> = {},
): DeploymentRow => ({
  id,
  serviceId,
  repositoryId: 1,
  environment: 'production',
  status: 'success',
  sha: null,
  createdAt: finishedAt - 1,
  finishedAt,
  rework: null,
  ...extra,
});

const incident = (
  id: number,
  serviceId: number | null,
  startedAt: number,
  extra: Partial<IncidentRow> = {},
) =>
  ({
    id,
    serviceId,
    startedAt,
    resolvedAt: null,
    deploymentId: null,
    changeRelated: null,
    ...extra,
  }) as IncidentRow;

describe('attributeIncidents', () => {
  const deployments = [
    deployment(11, 1, 100),
    deployment(12, 1, 200),
    deployment(15, 1, 250, { status: 'failure' }), // not a deployment
    deployment(16, 1, 260, { environment: 'staging' }), // ignored
    deployment(17, 1, 265, { status: 'in_progress', finishedAt: null }),
    deployment(14, 1, 300), // same finish time as 13: the higher id is the later one
    deployment(13, 1, 300),
    deployment(21, 2, 500),
  ];

  it('explicit link, not change-related, previous deployment, no deployment', () => {
    const incidents = [
      incident(1, 1, 150, { deploymentId: 99, changeRelated: false }), // the explicit link wins
      incident(2, 1, 150, { changeRelated: false }),
      incident(3, 1, 270), // the failed (250), staging (260) and running deployments are skipped → 12
      incident(4, 1, 200), // finished at the very moment it started: still "at or before" → 12
      incident(5, 1, 50), // nothing before it
      incident(6, null, 400), // no service
      incident(7, 1, 300, { changeRelated: true }), // tie at 300 → 14
      incident(8, 2, 400), // service 2 deployed only later (500)
      incident(9, 3, 400), // a service without deployments
    ];
    expect(attributeIncidents(incidents, deployments)).toEqual([
      { incidentId: 1, deploymentId: 99, method: 'explicit' },
      { incidentId: 2, deploymentId: null, method: 'not-change-related' },
      { incidentId: 3, deploymentId: 12, method: 'previous-deployment' },
      { incidentId: 4, deploymentId: 12, method: 'previous-deployment' },
      { incidentId: 5, deploymentId: null, method: 'no-deployment' },
      { incidentId: 6, deploymentId: null, method: 'no-deployment' },
      { incidentId: 7, deploymentId: 14, method: 'previous-deployment' },
      { incidentId: 8, deploymentId: null, method: 'no-deployment' },
      { incidentId: 9, deploymentId: null, method: 'no-deployment' },
    ]);
  });

  it('two incidents after one deployment both go to it', () => {
    const out = attributeIncidents([incident(1, 2, 600), incident(2, 2, 700)], deployments);
    expect(out.map((a) => a.deploymentId)).toEqual([21, 21]);
  });
});
