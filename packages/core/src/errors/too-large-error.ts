import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A value is larger than a store accepts (a blob over the column’s limit): the caller checks sizes first (FILE-3) and never retries.
 *
 * Recognise it with {@link TooLargeError.isInstance} (its code `ERR_TOO_LARGE`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new TooLargeError('blob of 12 MiB exceeds the 10 MiB limit', { details: { bytes: 12_582_912 } });
 * ```
 */
export class TooLargeError extends KabinetError {
  static override readonly code = 'ERR_TOO_LARGE';
  declare readonly code: 'ERR_TOO_LARGE';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_TOO_LARGE`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (TooLargeError.isInstance(e)) return reply(413);
   * ```
   */
  static override isInstance(value: unknown): value is TooLargeError {
    return KabinetError.isInstance(value) && value.code === TooLargeError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_TOO_LARGE', message, options);
  }
}
