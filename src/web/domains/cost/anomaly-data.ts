import { costFetch } from './cost-api';

/** Shapes of the anomalies API and its calls. */
export type Grouping = 'team' | 'service';

export interface AnomalyUnit {
  key: string;
  label: string;
  kind: string;
  id: number | null;
}

export interface Anomaly {
  id: string;
  grouping: Grouping;
  unit: AnomalyUnit;
  date: string;
  direction: 'spike' | 'drop';
  actual: number;
  expected: number;
  delta: number;
  score: number;
  contributors: { key: string; service: string | null; actual: number; expected: number; delta: number }[];
  linesHref: string;
}

export interface AnomalyList {
  currency: string;
  from: string | null;
  to: string | null;
  method: { window: number; threshold: number; minDelta: number; minHistory: number };
  items: Anomaly[];
}

export interface AnomalySeries {
  currency: string;
  unit: AnomalyUnit;
  days: {
    date: string;
    actual: number;
    expected: number | null;
    lower: number | null;
    upper: number | null;
    anomaly: 'spike' | 'drop' | null;
  }[];
}

export function listAnomalies(
  q: { team?: number | null; grouping?: Grouping | undefined },
  signal?: AbortSignal,
) {
  return costFetch<AnomalyList>('/api/v1/cost/anomalies', {
    query: { team: q.team ?? undefined, grouping: q.grouping },
    ...(signal ? { signal } : {}),
  });
}

export function getAnomalySeries(q: { grouping: Grouping; unit: string }, signal?: AbortSignal) {
  return costFetch<AnomalySeries>('/api/v1/cost/anomalies/series', {
    query: q,
    ...(signal ? { signal } : {}),
  });
}
