import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A store refused a write because it is full (the in-memory blob store’s byte budget): free space or raise the limit.
 *
 * Recognise it with {@link StoreFullError.isInstance} (its code `ERR_STORE_FULL`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new StoreFullError('blob store holds 64 MiB already', { details: { maxBytes: 67_108_864 } });
 * ```
 */
export class StoreFullError extends KabinetError {
  static override readonly code = 'ERR_STORE_FULL';
  declare readonly code: 'ERR_STORE_FULL';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_STORE_FULL`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (StoreFullError.isInstance(e)) console.error(e.details['maxBytes']);
   * ```
   */
  static override isInstance(value: unknown): value is StoreFullError {
    return KabinetError.isInstance(value) && value.code === StoreFullError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_STORE_FULL', message, options);
  }
}
