import { useSearchParams } from 'react-router';
import type { Output } from '../../api/types';

export type Technologies = Output<'/api/v1/strategy/stack/technologies'>;
export type Usages = Output<'/api/v1/strategy/stack/usages'>;
export type Compliance = Output<'/api/v1/strategy/stack/compliance'>;
export type Versions = Output<'/api/v1/strategy/stack/versions'>;
export type EndOfLife = Output<'/api/v1/strategy/stack/end-of-life'>;
export type Languages = Output<'/api/v1/strategy/stack/languages'>;
export type Scans = Output<'/api/v1/strategy/stack/scans'>;
export type Mappings = Output<'/api/v1/strategy/stack/mappings'>;
export type RepositoryRef = Compliance['hold'][number]['repositories'][number];

export const STACK_TABS = [
  { id: 'technologies', label: 'Technologies' },
  { id: 'compliance', label: 'Radar compliance' },
  { id: 'versions', label: 'Versions' },
  { id: 'eol', label: 'End of life' },
  { id: 'languages', label: 'Languages' },
  { id: 'scans', label: 'Scans' },
] as const;
export type StackTab = (typeof STACK_TABS)[number]['id'];

export const ECOSYSTEMS = [
  'npm',
  'go',
  'pypi',
  'maven',
  'cargo',
  'rubygems',
  'composer',
  'docker',
  'github-actions',
  'terraform',
];
export const RINGS = ['adopt', 'trial', 'assess', 'hold'];

/** The filters of the stack pages, all in the URL. */
export interface StackParams {
  tab: StackTab;
  teamId?: number;
  serviceId?: number;
  ecosystem?: string;
  ring?: string;
  entry?: string;
  /** A package of the versions tab. */
  pkg?: string;
}

export function readStackParams(p: URLSearchParams): StackParams {
  const tab = STACK_TABS.find((t) => t.id === p.get('tab'))?.id ?? 'technologies';
  const num = (k: string) => {
    const v = Number(p.get(k));
    return Number.isInteger(v) && v > 0 ? v : undefined;
  };
  const str = (k: string) => p.get(k)?.trim() || undefined;
  const out: StackParams = { tab };
  const teamId = num('teamId');
  const serviceId = num('serviceId');
  if (teamId) out.teamId = teamId;
  if (serviceId) out.serviceId = serviceId;
  for (const k of ['ecosystem', 'ring', 'entry', 'pkg'] as const) {
    const v = str(k);
    if (v) out[k] = v;
  }
  return out;
}

/** The API query of the filters (the tab and package are the page's own). */
export function stackQuery(s: StackParams) {
  return {
    ...(s.teamId ? { teamId: s.teamId } : {}),
    ...(s.serviceId ? { serviceId: s.serviceId } : {}),
    ...(s.ecosystem ? { ecosystem: s.ecosystem } : {}),
    ...(s.ring ? { ring: s.ring } : {}),
    ...(s.entry ? { entry: s.entry } : {}),
  };
}

/** A link within the stack explorer keeping the current filters, with some changed (`undefined` removes). */
export function stackHref(
  current: URLSearchParams,
  change: Record<string, string | number | undefined>,
): string {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  const q = next.toString();
  return `/strategy/stack${q ? `?${q}` : ''}`;
}

export function useStackParams() {
  const [params, setParams] = useSearchParams();
  const set = (change: Record<string, string | number | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(change)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });
  return { params, state: readStackParams(params), set };
}

export const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${Math.round(x * 1000) / 10}%`;

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} B`;
}

export const fileAt = (file: string, line: number | null) => (line ? `${file}:${line}` : file);
