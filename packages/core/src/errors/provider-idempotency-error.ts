import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A payment provider saw an idempotency key again with a different request: a bug in the caller, never retried with the same key.
 *
 * Recognise it with {@link ProviderIdempotencyError.isInstance} (its code `ERR_PROVIDER_IDEMPOTENCY`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new ProviderIdempotencyError('idempotency key reused with another amount', { details: { key: 'b6a1f2c4' } });
 * ```
 */
export class ProviderIdempotencyError extends KabinetError {
  static override readonly code = 'ERR_PROVIDER_IDEMPOTENCY';
  declare readonly code: 'ERR_PROVIDER_IDEMPOTENCY';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_PROVIDER_IDEMPOTENCY`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (ProviderIdempotencyError.isInstance(e)) logger.error(e.details);
   * ```
   */
  static override isInstance(value: unknown): value is ProviderIdempotencyError {
    return KabinetError.isInstance(value) && value.code === ProviderIdempotencyError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_PROVIDER_IDEMPOTENCY', message, options);
  }
}
