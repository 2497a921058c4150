import type { StoreRecord, Stored } from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { NamedStatement } from '../../_lib/named-statement.js';
import type { RecordContext } from './record-context.js';
import { toStored, type RecordRow } from './record-rows.js';

/** The live record `statement` finds by `lookup` (`$2`) at the clock's `now` (`$3`), or `undefined`. */
export async function readRecord<T extends StoreRecord>(
  ctx: RecordContext,
  operation: string,
  statement: NamedStatement,
  lookup: string,
): Promise<Stored<T> | undefined> {
  const rows = await run<RecordRow>(ctx.pool, `${ctx.collection}.${operation}`, statement, [
    ctx.collection,
    lookup,
    ctx.clock.now(),
  ]);
  return rows[0] === undefined ? undefined : toStored<T>(rows[0]);
}
