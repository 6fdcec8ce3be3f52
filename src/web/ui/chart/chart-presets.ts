import type { ChartTheme } from './chart-theme';
import type { EChartsCoreOption } from './echarts-setup';

/**
 * The chart presets: each turns plain data into an ECharts option, the same data as a table (the
 * chart's text alternative), and a one-line summary for screen readers.
 */
export interface Series {
  name: string;
  values: number[];
}

/** A bar series: `null` is a category without a value (no bar, left out of the summary), not 0. */
export interface BarSeries {
  name: string;
  values: (number | null)[];
}

export type ChartSpec =
  | {
      preset: 'time-series';
      series: { name: string; points: { at: string; value: number }[] }[];
      unit?: string;
    }
  | {
      preset: 'bar' | 'stacked-bar';
      categories: string[];
      series: BarSeries[];
      horizontal?: boolean;
      unit?: string;
    }
  | {
      preset: 'distribution';
      kind: 'histogram';
      name: string;
      values: number[];
      bins?: number;
      unit?: string;
    }
  | { preset: 'distribution'; kind: 'boxplot'; groups: Series[]; unit?: string }
  | {
      preset: 'heatmap';
      x: string[];
      y: string[];
      cells: { x: number; y: number; value: number }[];
      unit?: string;
    };

export interface ChartTable {
  head: string[];
  rows: (string | number)[][];
}

export interface BuiltChart {
  option: EChartsCoreOption;
  table: ChartTable;
  summary: string;
}

const fmt = (n: number) =>
  Number.isInteger(n) ? n.toLocaleString() : n.toLocaleString(undefined, { maximumFractionDigits: 2 });
const withUnit = (n: number, unit?: string) => (unit ? `${fmt(n)} ${unit}` : fmt(n));

function base(theme: ChartTheme, legend: boolean): EChartsCoreOption {
  return {
    color: theme.palette,
    backgroundColor: 'transparent',
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    animationDuration: 300,
    grid: { left: 8, right: 24, top: legend ? 36 : 16, bottom: 8, containLabel: true },
    legend: legend ? { top: 0, textStyle: { color: theme.text } } : undefined,
    tooltip: {
      trigger: 'axis',
      backgroundColor: theme.surface,
      borderColor: theme.grid,
      textStyle: { color: theme.text },
    },
  };
}

function axes(theme: ChartTheme, kind: 'category' | 'time' | 'value', data?: string[]) {
  return {
    type: kind,
    data,
    axisLabel: { color: theme.muted, hideOverlap: true },
    axisLine: { lineStyle: { color: theme.grid } },
    splitLine: { show: kind === 'value', lineStyle: { color: theme.grid } },
  };
}

function timeSeries(spec: Extract<ChartSpec, { preset: 'time-series' }>, theme: ChartTheme): BuiltChart {
  const dates = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.at)))].sort();
  const byName = spec.series.map((s) => new Map(s.points.map((p) => [p.at, p.value])));
  const option = {
    ...base(theme, spec.series.length > 1),
    xAxis: axes(theme, 'time'),
    yAxis: axes(theme, 'value'),
    series: spec.series.map((s) => ({
      type: 'line',
      name: s.name,
      showSymbol: s.points.length < 40,
      data: s.points.map((p) => [p.at, p.value]),
    })),
  };
  const last = spec.series.map((s) => {
    const p = s.points[s.points.length - 1];
    return p ? `${s.name}: ${withUnit(p.value, spec.unit)} on ${p.at.slice(0, 10)}` : `${s.name}: no points`;
  });
  return {
    option,
    table: {
      head: ['Date', ...spec.series.map((s) => s.name)],
      rows: dates.map((d) => [d.slice(0, 10), ...byName.map((m) => m.get(d) ?? '')]),
    },
    summary: `${dates.length} dates from ${dates[0]?.slice(0, 10) ?? '—'} to ${dates[dates.length - 1]?.slice(0, 10) ?? '—'}. Latest: ${last.join('; ')}.`,
  };
}

function bars(spec: Extract<ChartSpec, { preset: 'bar' | 'stacked-bar' }>, theme: ChartTheme): BuiltChart {
  const stacked = spec.preset === 'stacked-bar';
  const category = axes(theme, 'category', spec.categories);
  // Counts never show as 0.2, 0.4…: whole numbers get whole-number ticks.
  const counts = spec.series.every((s) => s.values.every((v) => v === null || Number.isInteger(v)));
  const value = { ...axes(theme, 'value'), ...(counts ? { minInterval: 1 } : {}) };
  const option = {
    ...base(theme, spec.series.length > 1),
    tooltip: { ...(base(theme, false).tooltip as object), axisPointer: { type: 'shadow' } },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : value,
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: stacked ? 'total' : undefined,
      data: s.values,
      barMaxWidth: 28,
      label:
        spec.series.length === 1
          ? { show: true, position: spec.horizontal ? 'right' : 'top', color: theme.muted }
          : undefined,
    })),
  };
  const totals = spec.categories.map((c, i) => ({
    c,
    v: spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
    empty: spec.series.every((s) => s.values[i] === null || s.values[i] === undefined),
  }));
  const sorted = totals.filter((t) => !t.empty).sort((a, b) => b.v - a.v);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  return {
    option,
    table: {
      head: ['', ...spec.series.map((s) => s.name), ...(stacked ? ['Total'] : [])],
      rows: spec.categories.map((c, i) => [
        c,
        ...spec.series.map((s) => s.values[i] ?? ''),
        ...(stacked ? [totals[i]?.v ?? 0] : []),
      ]),
    },
    summary:
      top && bottom
        ? `${spec.categories.length} bars. Highest: ${top.c} (${withUnit(top.v, spec.unit)}); lowest: ${bottom.c} (${withUnit(bottom.v, spec.unit)}).`
        : 'No bars.',
  };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

function histogram(
  spec: Extract<ChartSpec, { preset: 'distribution'; kind: 'histogram' }>,
  theme: ChartTheme,
): BuiltChart {
  const values = spec.values;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const count = spec.bins ?? Math.min(20, Math.max(5, Math.ceil(Math.sqrt(values.length))));
  const width = (max - min) / count || 1;
  const bins = Array.from({ length: count }, (_, i) => ({
    from: min + i * width,
    to: min + (i + 1) * width,
    n: 0,
  }));
  for (const v of values) {
    const i = Math.min(count - 1, Math.floor((v - min) / width));
    const bin = bins[i];
    if (bin) bin.n++;
  }
  const round = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: width < 10 ? 1 : 0 });
  const labels = bins.map((b) => `${round(b.from)}–${round(b.to)}`);
  const built = bars(
    { preset: 'bar', categories: labels, series: [{ name: spec.name, values: bins.map((b) => b.n) }] },
    theme,
  );
  const sorted = [...values].sort((a, b) => a - b);
  return {
    ...built,
    table: {
      head: [spec.unit ? `Range (${spec.unit})` : 'Range', 'Count'],
      rows: bins.map((b, i) => [labels[i] ?? '', b.n]),
    },
    summary: values.length
      ? `${values.length} values from ${withUnit(min, spec.unit)} to ${withUnit(max, spec.unit)}; median ${withUnit(quantile(sorted, 0.5), spec.unit)}.`
      : 'No values.',
  };
}

function boxplot(
  spec: Extract<ChartSpec, { preset: 'distribution'; kind: 'boxplot' }>,
  theme: ChartTheme,
): BuiltChart {
  const stats = spec.groups.map((g) => {
    const s = [...g.values].sort((a, b) => a - b);
    return [s[0] ?? 0, quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75), s[s.length - 1] ?? 0];
  });
  const option = {
    ...base(theme, false),
    tooltip: { ...(base(theme, false).tooltip as object), trigger: 'item' },
    xAxis: axes(
      theme,
      'category',
      spec.groups.map((g) => g.name),
    ),
    yAxis: axes(theme, 'value'),
    series: [
      { type: 'boxplot', data: stats, itemStyle: { color: theme.surface, borderColor: theme.palette[0] } },
    ],
  };
  return {
    option,
    table: {
      head: ['', 'Min', 'Lower quartile', 'Median', 'Upper quartile', 'Max'],
      rows: spec.groups.map((g, i) => [g.name, ...(stats[i] ?? []).map((n) => Number(n.toFixed(2)))]),
    },
    summary: spec.groups
      .map((g, i) => `${g.name}: median ${withUnit(stats[i]?.[2] ?? 0, spec.unit)}`)
      .join('; '),
  };
}

function heatmap(spec: Extract<ChartSpec, { preset: 'heatmap' }>, theme: ChartTheme): BuiltChart {
  const values = spec.cells.map((c) => c.value);
  const max = Math.max(0, ...values);
  const option = {
    ...base(theme, false),
    grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
    tooltip: { ...(base(theme, false).tooltip as object), trigger: 'item' },
    xAxis: { ...axes(theme, 'category', spec.x), splitArea: { show: true } },
    yAxis: { ...axes(theme, 'category', spec.y), splitArea: { show: true }, inverse: true },
    visualMap: {
      min: 0,
      max: max || 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: [withUnit(max, spec.unit), '0'],
      textStyle: { color: theme.muted },
      inRange: { color: [theme.heatLow, theme.heatHigh] },
    },
    series: [
      {
        type: 'heatmap',
        data: spec.cells.map((c) => [c.x, c.y, c.value]),
        label: {
          show: spec.x.length * spec.y.length <= 120,
          color: theme.text,
          textBorderColor: theme.surface,
          textBorderWidth: 2,
        },
      },
    ],
  };
  const hottest = [...spec.cells].sort((a, b) => b.value - a.value)[0];
  return {
    option,
    table: {
      head: ['', ...spec.x],
      rows: spec.y.map((y, yi) => [
        y,
        ...spec.x.map((_, xi) => spec.cells.find((c) => c.x === xi && c.y === yi)?.value ?? ''),
      ]),
    },
    summary: hottest
      ? `${spec.y.length} rows by ${spec.x.length} columns; highest ${withUnit(hottest.value, spec.unit)} at ${spec.y[hottest.y]}, ${spec.x[hottest.x]}.`
      : 'No cells.',
  };
}

export function buildChart(spec: ChartSpec, theme: ChartTheme): BuiltChart {
  switch (spec.preset) {
    case 'time-series':
      return timeSeries(spec, theme);
    case 'bar':
    case 'stacked-bar':
      return bars(spec, theme);
    case 'distribution':
      return spec.kind === 'histogram' ? histogram(spec, theme) : boxplot(spec, theme);
    case 'heatmap':
      return heatmap(spec, theme);
  }
}
