/**
 * A radar as the import formats describe it, before it meets the database: the Backstage/Zalando JSON
 * (quadrants and rings by id, entries with a dated timeline) and the Thoughtworks BYOR CSV (entries
 * only, quadrants and rings by name). Pure types and helpers; parsers in radar-backstage.ts and
 * radar-byor.ts.
 */

import type { ImportIssue } from '../../../platform/imports/import-report.js';

export type Stance = 'adopt' | 'trial' | 'assess' | 'hold';
export const STANCES: Stance[] = ['adopt', 'trial', 'assess', 'hold'];

export interface RadarLink {
  url: string;
  title: string;
}

export interface DocQuadrant {
  key: string;
  name: string;
}

export interface DocRing {
  key: string;
  name: string;
  color: string | null;
  description: string;
  stance: Stance;
}

export interface DocMove {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The ring it was placed in: a ring key (JSON) or name (CSV), see `RadarDocument.refs`. */
  ring: string;
  /** 1 moved in, -1 moved out, 0 unchanged; null when the file does not say (computed on import). */
  direction: number | null;
  description: string;
}

export interface DocEntry {
  key: string;
  name: string;
  quadrant: string;
  /** The current ring (the latest move's, for JSON). */
  ring: string;
  description: string;
  url: string | null;
  links: RadarLink[];
  /** Undefined when the format does not say (the stored flag is kept). */
  isNew?: boolean;
  /** Dated history (JSON); empty for CSV, where a ring change is a move on the import date. */
  timeline: DocMove[];
  /** Where the entry is in the file, for messages. */
  at: { row?: number; entity?: string };
}

export interface RadarDocument {
  format: 'backstage' | 'byor';
  /** Backstage files configure the radar; a BYOR CSV uses the configured quadrants and rings. */
  quadrants: DocQuadrant[] | null;
  rings: DocRing[] | null;
  entries: DocEntry[];
  /** Whether entries name quadrants and rings by key (JSON ids) or by name (CSV). */
  refs: 'key' | 'name';
}

export interface ParsedRadar {
  doc: RadarDocument;
  issues: ImportIssue[];
}

/** A stable lower-case key from a name: `Languages & Frameworks` → `languages-and-frameworks`. */
export function slugKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** The stance a ring stands for: its key or name when it is one of the four, else by position. */
export function stanceOf(key: string, name: string, position: number): Stance {
  for (const s of STANCES) if (key.toLowerCase() === s || name.toLowerCase() === s) return s;
  return STANCES[Math.min(position, 3)]!;
}

/** A date as `YYYY-MM-DD`, or null when it is not one (accepts ISO timestamps and `2020-08-06 00:00:00`). */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const s = value instanceof Date ? value.toISOString() : value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Direction of a move from ring positions (0 = innermost): 1 moved in, -1 moved out, 0 the same. */
export function directionOf(fromPosition: number | null, toPosition: number): number {
  if (fromPosition === null || fromPosition === toPosition) return 0;
  return toPosition < fromPosition ? 1 : -1;
}
