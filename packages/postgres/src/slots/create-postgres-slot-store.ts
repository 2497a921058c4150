import type { Clock } from '@kabinet/core';
import { checkSlotHoldRequest, checkSlotKey, type SlotSeat, type SlotStore } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { named, type NamedStatement } from '../_lib/named-statement.js';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlQueryable } from '../pool/sql-pool.js';

/** Options of {@link createPostgresSlotStore}. */
export interface PostgresSlotStoreOptions {
  /** A `pg.Pool`, PGlite's bridge, or a unit of work's connection. */
  readonly pool: SqlQueryable;
  /** The clock whose `now` decides whether a hold has lapsed (passed to every statement). */
  readonly clock: Clock;
  /** The schema of Kabinet's tables (default `kabinet`), migrated by `migrate`. */
  readonly schema?: string;
}

interface SeatRow extends Record<string, unknown> {
  seat: number;
  state: 'held' | 'booked';
  hold_until: number;
}

type Statements = Readonly<
  Record<'OWN' | 'CLAIM' | 'BOOK' | 'RELEASE' | 'SEAT_OF' | 'TAKEN', NamedStatement>
>;
const statementsBySchema = new Map<string, Statements>();

/** "The seat is taken at the `now` in parameter `$n`": booked, or held with time left. */
const taken = (n: number, alias = ''): string =>
  `(${alias}state = 'booked' OR ${alias}hold_until > $${n})`;

function statementsOf(schema: string): Statements {
  const cached = statementsBySchema.get(schema);
  if (cached !== undefined) return cached;
  const seats = `${schema}.kabinet_slot_seats`;
  const statements: Statements = {
    // The holder's own taken seat; a live hold gets the new time, a booking stays as it is.
    OWN: named(
      'kabinet_slot',
      `UPDATE ${seats} SET hold_until = CASE WHEN state = 'held' THEN $3 ELSE hold_until END
      WHERE slot_key = $1 AND holder_id = $2 AND ${taken(4)} RETURNING seat, state, hold_until`,
    ),
    // The lowest seat that is free or lapsed, taken by one upsert: a concurrent winner's row
    // makes the conflict branch's WHERE false, so the loser gets no row and tries again.
    CLAIM: named(
      'kabinet_slot',
      `WITH free AS (
        SELECT s AS seat FROM generate_series(0, $3::integer - 1) AS s
        WHERE NOT EXISTS (SELECT 1 FROM ${seats} x WHERE x.slot_key = $1 AND x.seat = s AND ${taken(5, 'x.')})
        ORDER BY s LIMIT 1),
      claimed AS (
        INSERT INTO ${seats} AS t (slot_key, seat, holder_id, state, hold_until) SELECT $1, seat, $2, 'held', $4 FROM free
        ON CONFLICT (slot_key, seat) DO UPDATE SET holder_id = excluded.holder_id, state = 'held', hold_until = excluded.hold_until
        WHERE t.state = 'held' AND t.hold_until <= $5
        RETURNING seat)
      SELECT (SELECT seat FROM free) AS candidate, (SELECT seat FROM claimed) AS seat`,
    ),
    BOOK: named(
      'kabinet_slot',
      `UPDATE ${seats} SET state = 'booked' WHERE slot_key = $1 AND holder_id = $2 AND ${taken(3)} RETURNING seat`,
    ),
    RELEASE: named(
      'kabinet_slot',
      `DELETE FROM ${seats} WHERE slot_key = $1 AND holder_id = $2 AND ${taken(3)} RETURNING seat`,
    ),
    SEAT_OF: named(
      'kabinet_slot',
      `SELECT seat, state, hold_until FROM ${seats} WHERE slot_key = $1 AND holder_id = $2 AND ${taken(3)} LIMIT 1`,
    ),
    TAKEN: named(
      'kabinet_slot',
      `SELECT slot_key, count(*)::integer AS n FROM ${seats} WHERE slot_key = ANY($1::text[]) AND ${taken(2)} GROUP BY slot_key`,
    ),
  };
  statementsBySchema.set(schema, statements);
  return statements;
}

const view = (row: SeatRow): SlotSeat =>
  row.state === 'booked'
    ? { seat: row.seat, state: 'booked' }
    : { seat: row.seat, state: 'held', holdUntil: row.hold_until };

/**
 * A {@link SlotStore} over PostgreSQL: one row per taken seat in `kabinet_slot_seats`, with
 * `(slot_key, seat)` as primary key. A hold takes the lowest free or lapsed seat in one upsert;
 * when a concurrent holder wins that seat the upsert returns nothing and the next free seat is
 * tried, so the capacity holds across connections and instances without locks or error-driven
 * retries (S-15). Lapsed holds are taken over in place; no sweeper is needed.
 *
 * @param options - pool, clock and schema
 * @returns the store
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * const slots = createPostgresSlotStore({ pool, clock: systemClock });
 * const seat = await slots.hold({ slotKey: 'mow-1:rvp:2027-01-15T09:00', holderId: 'apt_1', capacity: 2, holdUntil: Date.now() + 600_000 });
 * ```
 */
export function createPostgresSlotStore(options: PostgresSlotStoreOptions): SlotStore {
  const { pool, clock } = options;
  const { OWN, CLAIM, BOOK, RELEASE, SEAT_OF, TAKEN } = statementsOf(quotedSchema(options.schema));
  return {
    async hold(request) {
      checkSlotHoldRequest(request);
      const { slotKey, holderId, capacity, holdUntil } = request;
      const now = clock.now();
      const own = await run<SeatRow>(pool, 'slots.hold', OWN, [slotKey, holderId, holdUntil, now]);
      if (own[0] !== undefined) return view(own[0]);
      // Each lost race means another holder took a seat, so at most `capacity` rounds are needed.
      for (let round = 0; round <= capacity; round++) {
        const [row] = await run<{ candidate: number | null; seat: number | null }>(
          pool,
          'slots.hold',
          CLAIM,
          [slotKey, holderId, capacity, holdUntil, now],
        );
        if (row === undefined || row.candidate === null) return undefined;
        if (row.seat !== null) return { seat: row.seat, state: 'held', holdUntil };
      }
      return undefined;
    },
    async book(slotKey, holderId) {
      checkSlotKey(slotKey, holderId);
      return (await run(pool, 'slots.book', BOOK, [slotKey, holderId, clock.now()])).length > 0;
    },
    async release(slotKey, holderId) {
      checkSlotKey(slotKey, holderId);
      return (
        (await run(pool, 'slots.release', RELEASE, [slotKey, holderId, clock.now()])).length > 0
      );
    },
    async seatOf(slotKey, holderId) {
      checkSlotKey(slotKey, holderId);
      const [row] = await run<SeatRow>(pool, 'slots.seatOf', SEAT_OF, [
        slotKey,
        holderId,
        clock.now(),
      ]);
      return row === undefined ? undefined : view(row);
    },
    async taken(slotKeys) {
      for (const slotKey of slotKeys) checkSlotKey(slotKey);
      if (slotKeys.length === 0) return new Map();
      const rows = await run<{ slot_key: string; n: number }>(pool, 'slots.taken', TAKEN, [
        slotKeys,
        clock.now(),
      ]);
      return new Map(rows.map((row) => [row.slot_key, row.n]));
    },
  };
}
