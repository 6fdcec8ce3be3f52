/**
 * The end-of-life dataset in the endoflife.date API shape (`{ product: [{ cycle, releaseDate, eol, latest }] }`):
 * the snapshot shipped in data/end-of-life.json, plus whatever people import (`quarterdeck import eol`),
 * which replaces the shipped cycles of the same product. Pure: reading, checking and looking up cycles.
 */
import { readFileSync } from 'node:fs';
import type { ImportIssue } from '../../platform/imports/import-report.js';

export interface EolCycle {
  cycle: string;
  releaseDate: string | null;
  /** The end-of-life date, or null: then `ended` says whether support has ended (endoflife.date allows booleans). */
  eol: string | null;
  ended: boolean;
  latest: string | null;
}

export type EolDataset = Map<string, EolCycle[]>;

export interface EolSource {
  url: string;
  snapshot: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a parsed JSON document of the endoflife.date shape. `product` reads a single product's array
 * (what https://endoflife.date/api/<product>.json returns). Keys starting with `_` are notes, skipped.
 */
export function readEolDocument(
  value: unknown,
  file: string,
  product?: string,
): { dataset: EolDataset; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const dataset: EolDataset = new Map();
  const err = (field: string, message: string) => issues.push({ file, field, message, severity: 'error' });
  let products: [string, unknown][];
  if (Array.isArray(value)) {
    if (!product) {
      err('$', 'a list of cycles: name its product with the option product (e.g. -o product=nodejs)');
      return { dataset, issues };
    }
    products = [[product, value]];
  } else if (typeof value === 'object' && value !== null) {
    products = Object.entries(value).filter(([k]) => !k.startsWith('_'));
  } else {
    err('$', 'expected an object of products, each a list of cycles');
    return { dataset, issues };
  }
  for (const [name, cycles] of products) {
    const at = Array.isArray(value) ? '$' : `$.${name}`;
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name))
      err(at, `product "${name}": use the endoflife.date id (lower case)`);
    if (!Array.isArray(cycles)) {
      err(at, 'expected a list of cycles');
      continue;
    }
    const out: EolCycle[] = [];
    for (const [i, c] of (cycles as unknown[]).entries()) {
      const here = `${at}[${i}]`;
      if (typeof c !== 'object' || c === null) {
        err(here, 'expected an object with cycle, releaseDate, eol');
        continue;
      }
      const r = c as Record<string, unknown>;
      const cycle = typeof r.cycle === 'number' ? String(r.cycle) : r.cycle;
      if (typeof cycle !== 'string' || !cycle.trim()) {
        err(`${here}.cycle`, 'missing cycle');
        continue;
      }
      const releaseDate = r.releaseDate ?? null;
      if (releaseDate !== null && !(typeof releaseDate === 'string' && DATE.test(releaseDate))) {
        err(`${here}.releaseDate`, `expected a date YYYY-MM-DD, got ${JSON.stringify(releaseDate)}`);
        continue;
      }
      const eol = r.eol;
      if (!(typeof eol === 'boolean' || (typeof eol === 'string' && DATE.test(eol)))) {
        err(`${here}.eol`, `expected a date YYYY-MM-DD or true/false, got ${JSON.stringify(eol)}`);
        continue;
      }
      const latest = r.latest === undefined || r.latest === null ? null : String(r.latest);
      out.push({
        cycle: cycle.trim(),
        releaseDate: releaseDate as string | null,
        eol: typeof eol === 'string' ? eol : null,
        ended: eol === true,
        latest,
      });
    }
    dataset.set(name, out);
  }
  return { dataset, issues };
}

let shipped: { dataset: EolDataset; source: EolSource } | null = null;

/** The snapshot shipped with Quarterdeck. */
export function shippedEolDataset(): { dataset: EolDataset; source: EolSource } {
  if (shipped) return shipped;
  const raw = JSON.parse(readFileSync(new URL('./data/end-of-life.json', import.meta.url), 'utf8')) as {
    _source: EolSource;
  };
  const { dataset, issues } = readEolDocument(raw, 'end-of-life.json');
  if (issues.length) throw new Error(`end-of-life.json: ${issues[0]!.field}: ${issues[0]!.message}`);
  shipped = { dataset, source: { url: raw._source.url, snapshot: raw._source.snapshot } };
  return shipped;
}

/** Shipped cycles, with imported products replacing the shipped ones. */
export function mergeEol(base: EolDataset, imported: EolDataset): EolDataset {
  const out: EolDataset = new Map(base);
  for (const [product, cycles] of imported) out.set(product, cycles);
  return out;
}

export type EolStatus = 'ended' | 'ending' | 'supported' | 'unknown';

/** How many days before the end a cycle counts as `ending`. */
export const ENDING_DAYS = 180;

/** The cycle of a version: `18.20.1` -> `18` for nodejs, `3.8.10` -> `3.8` for python (the longest listed prefix). */
export function cycleOf(cycles: EolCycle[], version: string): EolCycle | null {
  const v = version.replace(/^v/, '');
  let best: EolCycle | null = null;
  for (const c of cycles) {
    if (v === c.cycle || v.startsWith(`${c.cycle}.`) || v.startsWith(`${c.cycle}u`)) {
      if (!best || c.cycle.length > best.cycle.length) best = c;
    }
  }
  return best;
}

/** Whether a cycle's support has ended on `today` (YYYY-MM-DD), ends within ENDING_DAYS, or goes on. */
export function eolStatus(cycle: EolCycle | null, today: string): EolStatus {
  if (!cycle) return 'unknown';
  if (cycle.eol === null) return cycle.ended ? 'ended' : 'supported';
  if (cycle.eol <= today) return 'ended';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + ENDING_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return cycle.eol <= soon ? 'ending' : 'supported';
}
