import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { daysBefore, type PresetDays, parseScope, type Scope, todayUtc } from './scope';

/** Table paging restarts when the scope changes. */
const PAGING_PARAMS = ['offset', 'before'];

export interface ScopeApi extends Scope {
  setPreset: (days: PresetDays) => void;
  setRange: (from: string, to: string) => void;
  setTeam: (team: number | null) => void;
}

/** The scope of the current page, from the URL, and ways to change it (each change is a history entry). */
export function useScope(): ScopeApi {
  const [params, setParams] = useSearchParams();
  const scope = useMemo(() => parseScope(params), [params]);

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

  const setPreset = useCallback(
    (days: PresetDays) => {
      const to = todayUtc();
      change({ from: daysBefore(to, days), to });
    },
    [change],
  );
  const setRange = useCallback((from: string, to: string) => change({ from, to }), [change]);
  const setTeam = useCallback(
    (team: number | null) => change({ team: team ? String(team) : null }),
    [change],
  );

  return { ...scope, setPreset, setRange, setTeam };
}
