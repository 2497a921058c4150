import { epochMs, nonEmptyText } from '../_lib/record-fields.js';
import type { ProcessedCallback } from './processed-callback.js';

/**
 * Checks a {@link ProcessedCallback} given to `callbacks.markProcessed`, in this order:
 * non-empty `provider` and `eventKey`; `expiresAt` epoch ms (a safe integer).
 *
 * @param entry - the entry the caller passed
 * @returns the entry
 * @throws KabinetError `ERR_INVALID_ARGUMENT` naming the first field that breaks an invariant
 * @example
 * ```ts
 * import { checkProcessedCallback } from '@kabinet/ports/payments';
 * const processedAt = Date.UTC(2026, 0, 1);
 * checkProcessedCallback({ provider: 'sbp', eventKey: 'evt_1', processedAt, expiresAt: processedAt + 86_400_000 }); // fine
 * checkProcessedCallback({ provider: '', eventKey: 'evt_1', processedAt, expiresAt: processedAt }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkProcessedCallback(entry: ProcessedCallback): ProcessedCallback {
  nonEmptyText(entry.provider, 'provider');
  nonEmptyText(entry.eventKey, 'eventKey');
  epochMs(entry.expiresAt, 'expiresAt');
  return entry;
}
