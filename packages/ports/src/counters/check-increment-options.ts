import { finiteNumber, positiveTtl } from '../_lib/record-fields.js';
import { invalidArgument } from '../misuse/invalid-argument.js';
import type { IncrementOptions } from './counter-store.js';

/**
 * Checks the options of {@link CounterStore.increment} and fills in the defaults, in the order
 * every adapter reports them: `ttlMs` (a positive finite number of ms), then `by` (a finite
 * number, default 1), then `window` (`fixed`, the default, or `sliding`). Missing options
 * (`undefined` or `null`) are misuse about `ttlMs`, never a `TypeError`.
 *
 * @param options - the options the caller passed
 * @returns the options with `by` and `window` filled in
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `ttlMs` is not positive and finite, `by` not finite or `window` neither `fixed` nor `sliding`
 * @example
 * ```ts
 * import { checkIncrementOptions } from '@kabinet/ports/counters';
 * checkIncrementOptions({ ttlMs: 300_000 }); // { ttlMs: 300000, by: 1, window: 'fixed' }
 * checkIncrementOptions({ ttlMs: 0 }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkIncrementOptions(options: IncrementOptions): Required<IncrementOptions> {
  const ttlMs = positiveTtl(options?.ttlMs);
  const by = finiteNumber(options?.by ?? 1, 'by');
  const window = options?.window ?? 'fixed';
  if (window !== 'fixed' && window !== 'sliding')
    invalidArgument('window is fixed or sliding', { window: String(window) });
  return { ttlMs, by, window };
}
