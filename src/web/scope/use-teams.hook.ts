import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import type { Team } from '../api/types';

let cached: Promise<Team[]> | null = null;

/** Every team, department and group (`GET /api/v1/org/teams`), loaded once per page load. */
export function loadTeams(): Promise<Team[]> {
  cached ??= unwrap(api.GET('/api/v1/org/teams')).then(
    (r) => r.items,
    (err: unknown) => {
      cached = null;
      throw err;
    },
  );
  return cached;
}

export function useTeams(): { teams: Team[] | undefined; error: unknown } {
  const [teams, setTeams] = useState<Team[]>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadTeams().then(
      (t) => live && setTeams(t),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, []);
  return { teams, error };
}

/** Teams in tree order (each after its parent) with their depth, for indented lists. */
export function teamTree(teams: Team[]): { team: Team; depth: number }[] {
  const children = new Map<number | null, Team[]>();
  for (const t of teams) {
    const key = t.parentId !== null && teams.some((p) => p.id === t.parentId) ? t.parentId : null;
    children.set(key, [...(children.get(key) ?? []), t]);
  }
  const out: { team: Team; depth: number }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const t of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ team: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
