import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A resource is held by another process (the embedded database’s lock file): stop the other process or use another directory.
 *
 * Recognise it with {@link LockedError.isInstance} (its code `ERR_LOCKED`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new LockedError('could not take the lock file in ./data', { details: { dataDir: './data' } });
 * ```
 */
export class LockedError extends KabinetError {
  static override readonly code = 'ERR_LOCKED';
  declare readonly code: 'ERR_LOCKED';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_LOCKED`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (LockedError.isInstance(e)) console.error('another server uses', e.details['dataDir']);
   * ```
   */
  static override isInstance(value: unknown): value is LockedError {
    return KabinetError.isInstance(value) && value.code === LockedError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_LOCKED', message, options);
  }
}
