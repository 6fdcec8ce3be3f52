import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import type { Column } from './data-table.types';

interface Row {
  name: string;
  title: string | null;
  n: number;
}

const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, csv: (r) => r.name },
  { id: 'title', header: 'Title, role', cell: (r) => r.title, csv: (r) => r.title },
  { id: 'n', header: 'N', cell: (r) => r.n, csv: (r) => r.n },
  { id: 'link', header: 'Link', cell: () => 'not exported' },
];

describe('CSV export', () => {
  it('writes RFC 4180 CSV: quotes, doubled quotes, empty nulls, CRLF', () => {
    const csv = toCsv(columns, [
      { name: 'Ada "the" Petrov', title: 'Engineer, Payments', n: 3 },
      { name: 'Line\nbreak', title: null, n: -1 },
    ]);
    expect(csv).toBe(
      'Name,"Title, role",N\r\n"Ada ""the"" Petrov","Engineer, Payments",3\r\n"Line\nbreak",,-1\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = toCsv(columns, [{ name: '=HYPERLINK("x")', title: '@cmd', n: 1 }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",'@cmd,1`);
  });
});
