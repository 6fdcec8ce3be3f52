import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Output } from '../../api/types';

export type Service = Output<'/api/v1/org/entities'>['items'][number];

/** The most services the scope picker lists (the API's largest page). */
export const SERVICE_LIST_MAX = 500;

let cached: Promise<{ items: Service[]; total: number }> | null = null;

/** The services (catalog components), loaded once per page load, sorted by name. */
function loadServices() {
  cached ??= unwrap(
    api.GET('/api/v1/org/entities', { params: { query: { kind: 'component', limit: SERVICE_LIST_MAX } } }),
  ).then(
    (r) => ({
      items: [...r.items].sort((a, b) => (a.title ?? a.name).localeCompare(b.title ?? b.name)),
      total: r.total,
    }),
    (err: unknown) => {
      cached = null;
      throw err;
    },
  );
  return cached;
}

/** Services for the scope picker; `total` says when there are more than the list holds. */
export function useServices(): { services: Service[] | undefined; total: number; error: unknown } {
  const [state, setState] = useState<{ items: Service[]; total: number }>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadServices().then(
      (s) => live && setState(s),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, []);
  return { services: state?.items, total: state?.total ?? 0, error };
}
