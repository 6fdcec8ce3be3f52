import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { formatRange } from '../../scope/scope';
import { useScope } from '../../scope/use-scope.hook';
import { useTeams } from '../../scope/use-teams.hook';
import type { Bucket } from './delivery-data';
import { useServices } from './use-services.hook';

/**
 * The parameters a delivery view keeps when moving between delivery pages: the global scope (range,
 * team) and the delivery ones — `service` (a catalog component) and `bucket` (the trend step).
 */
export const DELIVERY_PARAMS = ['from', 'to', 'team', 'service', 'bucket'] as const;

/** Table paging restarts when the scope changes. */
const PAGING_PARAMS = ['offset', 'before'];

/** "?from=…&service=…" (or ""), plus `extra` parameters, for links that keep the delivery scope. */
export function deliverySearch(params: URLSearchParams, extra: Record<string, string> = {}): string {
  const out = new URLSearchParams();
  for (const key of DELIVERY_PARAMS) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) out.set(k, v);
  const text = out.toString();
  return text ? `?${text}` : '';
}

function positiveId(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The query every delivery endpoint takes: one scope (service wins over team), the range, the step. */
export interface DeliveryQuery {
  from: string;
  to: string;
  bucket: Bucket;
  teamId?: number;
  serviceId?: number;
}

/**
 * What a delivery page covers, from the URL: the scope bar's range and team, or a service chosen in the
 * delivery toolbar (a service and a team are never both in force: choosing one drops the other), and the
 * trend step. Gives the API query, a cache key, and words for the page's description.
 */
export function useDeliveryScope() {
  const scope = useScope();
  const [params, setParams] = useSearchParams();
  const { teams } = useTeams();
  const { services, total: serviceTotal } = useServices();
  const serviceId = positiveId(params.get('service'));
  const bucket: Bucket = params.get('bucket') === 'month' ? 'month' : 'week';
  const teamId = serviceId ? null : scope.team;

  const change = useCallback(
    (changes: Record<string, string | null>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null) next.delete(k);
          else next.set(k, v);
        }
        for (const k of PAGING_PARAMS) next.delete(k);
        return next;
      }),
    [setParams],
  );

  // A team chosen in the scope bar while a service is set replaces the service; a URL with both keeps
  // the service (as the API would) and drops the team, so the scope bar never shows a team not in force.
  const lastTeam = useRef(scope.team);
  useEffect(() => {
    if (!serviceId || !scope.team) {
      lastTeam.current = scope.team;
      return;
    }
    if (lastTeam.current !== scope.team) change({ service: null });
    else change({ team: null });
    lastTeam.current = scope.team;
  }, [scope.team, serviceId, change]);

  const setService = useCallback(
    (id: number | null) => change({ service: id ? String(id) : null, team: null }),
    [change],
  );
  const setBucket = useCallback((b: Bucket) => change({ bucket: b === 'week' ? null : b }), [change]);

  const query: DeliveryQuery = useMemo(
    () => ({
      from: scope.from,
      to: scope.to,
      bucket,
      ...(serviceId ? { serviceId } : teamId ? { teamId } : {}),
    }),
    [scope.from, scope.to, bucket, serviceId, teamId],
  );

  const service = serviceId ? services?.find((s) => s.id === serviceId) : undefined;
  const serviceName = serviceId ? (service?.title ?? service?.name ?? `service ${serviceId}`) : null;
  const teamName = teamId ? (teams?.find((t) => t.id === teamId)?.name ?? `team ${teamId}`) : null;
  const phrase = serviceName
    ? `the service ${serviceName}`
    : teamName
      ? `${teamName} and the teams below it`
      : 'the whole organization';

  return {
    query,
    key: JSON.stringify(query),
    from: scope.from,
    to: scope.to,
    range: formatRange(scope.from, scope.to),
    bucket,
    teamId,
    teamName,
    serviceId,
    serviceName,
    services,
    serviceTotal,
    teams,
    phrase,
    search: deliverySearch(params),
    params,
    setService,
    setBucket,
  };
}

export type DeliveryScope = ReturnType<typeof useDeliveryScope>;
