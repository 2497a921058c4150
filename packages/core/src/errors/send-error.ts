import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A message sender (SMS, e-mail) failed to hand over a code: the code is not spent and the caller may try again or choose another channel.
 *
 * Recognise it with {@link SendError.isInstance} (its code `ERR_SEND`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new SendError('the sms sender failed', { cause: providerError, details: { channel: 'sms' } });
 * ```
 */
export class SendError extends KabinetError {
  static override readonly code = 'ERR_SEND';
  declare readonly code: 'ERR_SEND';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_SEND`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (SendError.isInstance(e)) console.warn(e.details['channel'], e.message);
   * ```
   */
  static override isInstance(value: unknown): value is SendError {
    return KabinetError.isInstance(value) && value.code === SendError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_SEND', message, options);
  }
}
