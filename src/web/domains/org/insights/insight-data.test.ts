import { describe, expect, it } from 'vitest';
import type { PageQuery } from '../../../ui/data-table/data-table.types';
import { localPage, monthEnd, percent, type SpanManager, spanBands } from './insight-data';

const manager = (id: number, directReports: number, flag: SpanManager['flag'] = null): SpanManager => ({
  id,
  name: `M${id}`,
  title: null,
  role: 'engineering manager',
  directReports,
  totalReports: directReports,
  layer: id === 1 ? 1 : 2,
  flag,
});

const query = (over: Partial<PageQuery> = {}): PageQuery => ({
  limit: 2,
  offset: 0,
  cursor: null,
  sort: null,
  dir: 'asc',
  filters: {},
  ...over,
});

describe('org insight helpers', () => {
  it('splits managers per span into the narrow, within and wide bands of the definition', () => {
    const b = spanBands(
      [manager(1, 1, 'narrow'), manager(2, 4), manager(3, 8), manager(4, 11, 'wide')],
      4,
      8,
    );
    expect(b.categories).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(b.narrow).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(b.within).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    expect(b.wide).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // Without wide managers the axis still shows one step past the range.
    expect(spanBands([manager(1, 5)], 4, 8).categories).toHaveLength(9);
  });

  it('sorts, filters and pages rows held in memory, empty values last', () => {
    const rows = [manager(1, 3), { ...manager(2, 6), layer: null }, manager(3, 5)];
    const sorts = { directReports: (m: SpanManager) => m.directReports, layer: (m: SpanManager) => m.layer };
    const page = localPage(rows, query({ sort: 'directReports', dir: 'desc' }), {
      sorts,
      defaultSort: 'directReports',
    });
    expect(page.items.map((m) => m.id)).toEqual([2, 3]);
    expect(page.total).toBe(3);
    const byLayer = localPage(rows, query({ sort: 'layer', dir: 'desc', limit: 10 }), {
      sorts,
      defaultSort: 'directReports',
    });
    expect(byLayer.items.map((m) => m.id).at(-1)).toBe(2);
    const filtered = localPage(rows, query({ filters: { min: '5' } }), {
      sorts,
      defaultSort: 'directReports',
      match: (m, f) => m.directReports >= Number(f.min),
    });
    expect(filtered.items.map((m) => m.id)).toEqual([3, 2]);
  });

  it('counts headcount on the last day of the month, leap years included', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2100-02')).toBe('2100-02-28');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('shows a share of nothing as no data, not 0 %', () => {
    expect(percent(null)).toBe('—');
    expect(percent(0)).toBe('0 %');
    expect(percent(0.9090909, 1)).toBe('90.9 %');
  });
});
