// The next ticket number of the day: a counter record per day in the shared store, taken by a
// versioned update (or the create of the day's first), so two instances never hand out the
// same value; a lost race re-reads and tries the next. Each take is its own short write, so
// a request that fails afterwards leaves a gap, never a duplicate (as Zammad's counter).
import { retryOnConflict } from '@kabinet/core';
import type { StoreRecord } from '@kabinet/ports';
import { formatTicketNumber, ticketDay } from '../format-ticket-number.js';
import { COUNTERS } from './collections.js';
import type { SupportContext } from './context.js';

interface DayCounter extends StoreRecord {
  readonly last: number;
}

const KEEP_MS = 3 * 24 * 60 * 60 * 1000;

export async function allocateNumber(ctx: SupportContext, now: number): Promise<string> {
  const day = ticketDay(now, ctx.policy.numberTimeZone);
  const counters = ctx.deps.versioned<DayCounter>(COUNTERS);
  const id = `day:${day}`;
  // numberRetries counts the tries, the first included.
  return retryOnConflict(ctx.policy.numberRetries - 1, async () => {
    const current = await counters.get(id);
    if (current === undefined) {
      await counters.create({ id, last: 1, expiresAt: now + KEEP_MS });
      return formatTicketNumber(day, 1);
    }
    const next = await counters.update(
      { id, last: current.last + 1, expiresAt: now + KEEP_MS },
      current.version,
    );
    return formatTicketNumber(day, next.last);
  });
}
