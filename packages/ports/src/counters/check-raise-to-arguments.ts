import { finiteNumber, positiveTtl } from '../_lib/record-fields.js';

/**
 * Checks the arguments of {@link CounterStore.raiseTo} after its key, in the order every
 * adapter reports them: `ttlMs` (a positive finite number of ms), then `value` (a finite number).
 *
 * @param value - the value to raise the counter to
 * @param ttlMs - the lifetime of the counter when it changes
 * @returns nothing; throws on misuse
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `ttlMs` is not positive and finite or `value` not finite
 * @example
 * ```ts
 * import { checkRaiseToArguments } from '@kabinet/ports/counters';
 * checkRaiseToArguments(Date.UTC(2026, 0, 1), 60_000); // fine
 * checkRaiseToArguments(Number.NaN, 60_000); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkRaiseToArguments(value: number, ttlMs: number): void {
  positiveTtl(ttlMs);
  finiteNumber(value, 'value');
}
