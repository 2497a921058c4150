import type { StoreRecord, Stored } from '@kabinet/ports';

/** A record row: the record's fields as JSONB beside its id and version. */
export interface RecordRow extends Record<string, unknown> {
  id: string;
  version: number;
  data: Record<string, unknown>;
}

/** The stored record of a row. */
export function toStored<T extends StoreRecord>(row: RecordRow): Stored<T> {
  return { ...row.data, id: row.id, version: row.version } as unknown as Stored<T>;
}

/** The record's fields without the store-managed version, as JSON text. */
export function dataOf(record: StoreRecord): string {
  const { version: _version, ...fields } = record as StoreRecord & { version?: unknown };
  return JSON.stringify(fields);
}
