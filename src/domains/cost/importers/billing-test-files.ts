/** Test helpers: Parquet fixtures written with hyparquet-writer (a dev dependency), typed as exports are. */
import { parquetWriteFile } from 'hyparquet-writer';

export type FixtureType = 'STRING' | 'DOUBLE' | 'TIMESTAMP' | 'DECIMAL' | 'MAP';
export interface FixtureColumn {
  name: string;
  type: FixtureType;
  /** One value per row; null for null. DECIMAL: unscaled bigint; TIMESTAMP: Date; MAP: an object. */
  data: unknown[];
  /** DECIMAL only (default 10). */
  scale?: number;
}

type SchemaEl = Record<string, unknown> & { name: string };

function schemaOf(col: FixtureColumn): SchemaEl[] {
  switch (col.type) {
    case 'STRING':
      return [{ name: col.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }];
    case 'DOUBLE':
      return [{ name: col.name, type: 'DOUBLE', repetition_type: 'OPTIONAL' }];
    case 'TIMESTAMP':
      return [
        { name: col.name, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
      ];
    case 'DECIMAL':
      return [
        {
          name: col.name,
          type: 'INT64',
          converted_type: 'DECIMAL',
          scale: col.scale ?? 10,
          precision: 18,
          repetition_type: 'OPTIONAL',
        },
      ];
    case 'MAP':
      return [
        { name: col.name, repetition_type: 'OPTIONAL', converted_type: 'MAP', num_children: 1 },
        { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
        { name: 'key', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
        { name: 'value', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      ];
  }
}

/** Writes a Parquet file with the given columns (all of the same length), `rowGroupSize` rows per group. */
export function writeParquetFixture(filename: string, columns: FixtureColumn[], rowGroupSize = 1000): void {
  const schema = [{ name: 'root', num_children: columns.length }, ...columns.flatMap(schemaOf)];
  parquetWriteFile({
    filename,
    columnData: columns.map((c) => ({ name: c.name, data: c.data })),
    // biome-ignore lint/suspicious/noExplicitAny: the writer's SchemaElement type is not exported by name
    schema: schema as any,
    rowGroupSize,
  });
}

/** All columns as STRING, from CSV-like text rows where `NULL` is null (as FOCUS CSV writes it). */
export function stringColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): FixtureColumn[] {
  return headers.map((name, i) => ({
    name,
    type: 'STRING',
    data: rows.map((r) => (r[i] === 'NULL' ? null : (r[i] ?? null))),
  }));
}
