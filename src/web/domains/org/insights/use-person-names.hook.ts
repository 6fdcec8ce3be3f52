import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';

const names = new Map<number, Promise<string | null>>();

function nameOf(id: number): Promise<string | null> {
  let found = names.get(id);
  if (!found) {
    found = unwrap(api.GET('/api/v1/org/people/{id}', { params: { path: { id } } })).then(
      (p) => p.name,
      () => null,
    );
    names.set(id, found);
  }
  return found;
}

/**
 * Names for a short list of person ids (orphans, cycles, people without a home team), loaded one by one
 * and remembered for the page's life. Ids beyond `max` stay unnamed.
 */
export function usePersonNames(ids: readonly number[], max = 40): Map<number, string> {
  const [result, setResult] = useState(() => new Map<number, string>());
  const key = ids.slice(0, max).join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',').map(Number) : [];
    Promise.all(wanted.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => {
      if (!live) return;
      const next = new Map<number, string>();
      for (const [id, name] of pairs) if (name) next.set(id, name);
      setResult(next);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return result;
}
