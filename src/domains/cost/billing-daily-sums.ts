/**
 * The daily sums the billing import makes while the lines stream by (billing-import-writer.ts): exact
 * sums per group (a cost_daily row's dimensions as COPY text), handed out as COPY text when enough are
 * held and at the end. A group that comes back after it was handed out gets a second row; the import
 * merges such rows (`repo.compactDaily`) when they pass a few percent of those written.
 */
import { DecimalSum } from './importers/focus-decimal.js';

/** Groups of daily sums held before they are written (about 20 MB); a file sorted by day fills few. */
export const DAILY_GROUPS = 50_000;
/** In the embedded database, which shares this process's memory: a quarter. */
export const EMBEDDED_DAILY_GROUPS = 12_500;
/** Above this share of daily rows that repeat a group written before, the import merges them at the end. */
const DAILY_COMPACT_SHARE = 0.05;

/** FNV-1a of a string: the daily groups written are remembered by this number, not by their text. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface DailySum {
  billed: DecimalSum;
  effective: DecimalSum;
  list: DecimalSum;
  lines: number;
}

export class DailySums {
  /** Rows handed out, and how many of them repeat a group handed out earlier (by hash). */
  rows = 0;
  repeats = 0;
  private readonly held = new Map<string, DailySum>();
  private readonly written = new Set<number>();

  constructor(private readonly limit = DAILY_GROUPS) {}

  /** Adds a line's costs to its group; true when the groups held reach the limit (time to `take`). */
  add(group: string, billed: string, effective: string, list: string | null): boolean {
    let sum = this.held.get(group);
    if (!sum) {
      sum = { billed: new DecimalSum(), effective: new DecimalSum(), list: new DecimalSum(), lines: 0 };
      this.held.set(group, sum);
    }
    sum.billed.add(billed);
    sum.effective.add(effective);
    if (list !== null) sum.list.add(list);
    sum.lines += 1;
    return this.held.size >= this.limit;
  }

  /** The groups held as COPY rows of cost_daily (DAILY_COLUMNS), and forgets them; null when none. */
  take(): { text: string; rows: number } | null {
    if (this.held.size === 0) return null;
    const rows: string[] = [];
    for (const [group, s] of this.held) {
      const h = hash32(group);
      if (this.written.has(h)) this.repeats += 1;
      else this.written.add(h);
      rows.push(
        `${group}\t${s.billed.toScaledString()}\t${s.effective.toScaledString()}\t${s.list.toScaledString()}\t${s.lines}`,
      );
    }
    this.held.clear();
    this.rows += rows.length;
    return { text: `${rows.join('\n')}\n`, rows: rows.length };
  }

  /** True when enough rows repeat a group that merging them is worth a pass (see DAILY_COMPACT_SHARE). */
  get needsCompacting(): boolean {
    return this.repeats > this.rows * DAILY_COMPACT_SHARE;
  }
}
