import type { ChartSpec } from '../../ui/chart/chart.component';
import type { CostGroup, CostSeries } from './cost-api';
import { formatBucket, moneyNumber } from './cost-format';

/** Groups drawn one by one in a stacked chart (with "Other" and unallocated, the six colours of the palette). */
export const CHART_GROUPS = 4;

/** The groups, largest total first, unallocated last (it is shown, never hidden, but never on top). */
export function orderedGroups(groups: readonly CostGroup[]): CostGroup[] {
  const rank = (g: CostGroup) => (g.kind === 'unallocated' ? 1 : 0);
  return [...groups].sort((a, b) => rank(a) - rank(b) || moneyNumber(b.total) - moneyNumber(a.total));
}

/**
 * A stacked bar per bucket, one series per group (the largest `top`, then "Other", then unallocated).
 * Heights only: the figures people read come from the exact decimal strings, not from these numbers.
 */
export function stackedCostChart(series: CostSeries, top = CHART_GROUPS): ChartSpec {
  const ordered = orderedGroups(series.groups);
  const unallocated = ordered.filter((g) => g.kind === 'unallocated');
  const rest = ordered.filter((g) => g.kind !== 'unallocated');
  const shown = rest.slice(0, top);
  const others = rest.slice(top);
  const values = (g: CostGroup) => series.buckets.map((_, i) => round2(moneyNumber(g.values[i])));
  const out = shown.map((g) => ({ name: g.label, values: values(g) }));
  if (others.length > 0)
    out.push({
      name: `Other (${others.length})`,
      values: series.buckets.map((_, i) => round2(others.reduce((s, g) => s + moneyNumber(g.values[i]), 0))),
    });
  for (const g of unallocated) out.push({ name: g.label, values: values(g) });
  return {
    preset: 'stacked-bar',
    categories: series.buckets.map(formatBucket),
    series: out,
    ...(series.currency ? { unit: series.currency } : {}),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
