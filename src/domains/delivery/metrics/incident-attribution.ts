/**
 * Which deployment caused each incident (the link behind change failure rate and recovery time).
 *
 * Definition (see docs/metrics.md, "Delivery", "Incidents and deployments"), in this order:
 * 1. `explicit`: the source names the deployment (`deploymentId`); that link wins, whatever else the
 *    incident says.
 * 2. `not-change-related`: the source says no change caused it (`changeRelated === false`); never
 *    attributed.
 * 3. `previous-deployment`: the most recent successful production deployment of the incident's service
 *    that finished at or before the incident started (latest `finishedAt`; on a tie, the highest id, the
 *    last in deployment order). There is no look-back limit.
 * 4. `no-deployment`: the incident has no service, or its service had no such deployment. It is not
 *    attributed: an incident need not be caused by a deployment.
 *
 * Reference: DORA defines change failure rate as the share of deployments that cause a failure in
 * production (dora.dev/guides/dora-metrics/); Google's Four Keys links an
 * incident to the deployment that shipped its root cause (dora-team/fourkeys, queries/incidents.sql).
 * Without a root cause from the source, the last change to the service before the failure is the
 * suspect, as in a `git bisect` of deployments.
 */

import { type DeploymentRow, type IncidentRow, isCountedDeployment } from './delivery-rows.js';

export type AttributionMethod = 'explicit' | 'previous-deployment' | 'not-change-related' | 'no-deployment';

export interface IncidentAttribution {
  incidentId: number;
  deploymentId: number | null;
  method: AttributionMethod;
}

/** One attribution per incident, in the incidents' order (rules in the file comment). */
export function attributeIncidents(
  incidents: readonly IncidentRow[],
  deployments: readonly DeploymentRow[],
): IncidentAttribution[] {
  // Per service: counted deployments by finishedAt ascending, ties by id ascending.
  const byService = new Map<number, { id: number; finishedAt: number }[]>();
  for (const d of deployments) {
    if (!isCountedDeployment(d) || d.serviceId === null) continue;
    const list = byService.get(d.serviceId);
    const row = { id: d.id, finishedAt: d.finishedAt };
    if (list) list.push(row);
    else byService.set(d.serviceId, [row]);
  }
  for (const list of byService.values()) list.sort((a, b) => a.finishedAt - b.finishedAt || a.id - b.id);

  return incidents.map((incident): IncidentAttribution => {
    const incidentId = incident.id;
    if (incident.deploymentId !== null) {
      return { incidentId, deploymentId: incident.deploymentId, method: 'explicit' };
    }
    if (incident.changeRelated === false) {
      return { incidentId, deploymentId: null, method: 'not-change-related' };
    }
    const list = incident.serviceId === null ? undefined : byService.get(incident.serviceId);
    const at = list ? lastFinishedBy(list, incident.startedAt) : -1;
    if (!list || at < 0) return { incidentId, deploymentId: null, method: 'no-deployment' };
    return { incidentId, deploymentId: list[at]!.id, method: 'previous-deployment' };
  });
}

/** Index of the last element with `finishedAt ≤ t` in a list sorted by finishedAt; -1 when none. */
function lastFinishedBy(list: readonly { finishedAt: number }[], t: number): number {
  let lo = 0;
  let hi = list.length; // invariant: answer in [lo - 1, hi - 1]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.finishedAt <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
