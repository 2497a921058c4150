import { KabinetError } from '@kabinet/core';
import { checkCounterKey, type CounterState } from '@kabinet/ports';
import type { CounterContext } from './counter-context.js';

/** The Redis key of a counter: the prefix, then the checked key as the Cluster hash tag. */
export function redisKey(ctx: CounterContext, key: string): string {
  return `${ctx.prefix}{${checkCounterKey(key)}}`;
}

/** `[value, expiresAt]` strings from a script → the state; anything else is a store fault. */
export function stateOf(reply: unknown, operation: string): CounterState {
  if (Array.isArray(reply) && reply.length === 2) {
    const value = luaNumber(reply[0]);
    const expiresAt = luaNumber(reply[1]);
    if (value !== undefined && expiresAt !== undefined) return { value, expiresAt };
  }
  throw new KabinetError('ERR_STORE', `Redis answered ${operation} with an unexpected reply`, {
    details: { operation },
  });
}

/** A number as the scripts write it (`%.17g`: `inf`, `-inf` and `nan` included), from a string or a Buffer. */
function luaNumber(raw: unknown): number | undefined {
  const text =
    typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('latin1') : undefined;
  if (text === undefined || text === '') return undefined;
  if (text === 'inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  if (text === 'nan' || text === '-nan') return Number.NaN;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}
