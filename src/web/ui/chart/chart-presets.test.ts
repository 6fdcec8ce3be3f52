import { describe, expect, it } from 'vitest';
import { buildChart } from './chart-presets';
import type { ChartTheme } from './chart-theme';

const theme: ChartTheme = {
  text: '#000',
  muted: '#555',
  grid: '#eee',
  surface: '#fff',
  palette: ['#111', '#222'],
  heatLow: '#fff',
  heatHigh: '#00f',
  fontFamily: 'sans-serif',
};

describe('chart presets', () => {
  it('bars: the same numbers as a table and in words', () => {
    const built = buildChart(
      {
        preset: 'bar',
        categories: ['A', 'B'],
        series: [{ name: 'Members', values: [3, 8] }],
        unit: 'people',
      },
      theme,
    );
    expect(built.table).toEqual({
      head: ['', 'Members'],
      rows: [
        ['A', 3],
        ['B', 8],
      ],
    });
    expect(built.summary).toBe('2 bars. Highest: B (8 people); lowest: A (3 people).');
  });

  it('bars leave a gap where a value is missing, and out of the summary', () => {
    const built = buildChart(
      {
        preset: 'bar',
        categories: ['W1', 'W2', 'W3'],
        series: [{ name: 'Median', values: [5, null, 2] }],
        unit: 'h',
      },
      theme,
    );
    expect(built.table.rows).toEqual([
      ['W1', 5],
      ['W2', ''],
      ['W3', 2],
    ]);
    expect(built.summary).toBe('3 bars. Highest: W1 (5 h); lowest: W3 (2 h).');
  });

  it('stacked bars add a total column', () => {
    const built = buildChart(
      {
        preset: 'stacked-bar',
        categories: ['X'],
        series: [
          { name: 'a', values: [1] },
          { name: 'b', values: [2] },
        ],
      },
      theme,
    );
    expect(built.table.rows).toEqual([['X', 1, 2, 3]]);
  });

  it('histograms count every value once', () => {
    const values = [1, 2, 2, 3, 10, 10, 10];
    const built = buildChart(
      { preset: 'distribution', kind: 'histogram', name: 'v', values, bins: 3 },
      theme,
    );
    const counts = built.table.rows.map((r) => r[1]);
    expect(counts.reduce((a, b) => Number(a) + Number(b), 0)).toBe(values.length);
  });

  it('box plots give min, quartiles, median and max', () => {
    const built = buildChart(
      { preset: 'distribution', kind: 'boxplot', groups: [{ name: 'g', values: [1, 2, 3, 4, 5] }] },
      theme,
    );
    expect(built.table.rows[0]).toEqual(['g', 1, 2, 3, 4, 5]);
  });

  it('time series line up dates across series', () => {
    const built = buildChart(
      {
        preset: 'time-series',
        series: [
          { name: 'a', points: [{ at: '2026-11-01', value: 1 }] },
          { name: 'b', points: [{ at: '2026-11-02', value: 2 }] },
        ],
      },
      theme,
    );
    expect(built.table.rows).toEqual([
      ['2026-11-01', 1, ''],
      ['2026-11-02', '', 2],
    ]);
  });

  it('heatmaps as a table of rows by columns', () => {
    const built = buildChart(
      { preset: 'heatmap', x: ['am', 'pm'], y: ['Mon'], cells: [{ x: 1, y: 0, value: 4 }] },
      theme,
    );
    expect(built.table).toEqual({ head: ['', 'am', 'pm'], rows: [['Mon', '', 4]] });
  });
});
