import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A payment provider did not answer or answered with a failure: the payment stays as it was and its status is synced later (PAY-4).
 *
 * Recognise it with {@link ProviderUnavailableError.isInstance} (its code `ERR_PROVIDER_UNAVAILABLE`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new ProviderUnavailableError('acquirer timeout while creating the order');
 * ```
 */
export class ProviderUnavailableError extends KabinetError {
  static override readonly code = 'ERR_PROVIDER_UNAVAILABLE';
  declare readonly code: 'ERR_PROVIDER_UNAVAILABLE';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_PROVIDER_UNAVAILABLE`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (ProviderUnavailableError.isInstance(e)) scheduleStatusSync(paymentId);
   * ```
   */
  static override isInstance(value: unknown): value is ProviderUnavailableError {
    return KabinetError.isInstance(value) && value.code === ProviderUnavailableError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_PROVIDER_UNAVAILABLE', message, options);
  }
}
