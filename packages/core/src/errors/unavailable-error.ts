import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * A dependency is down or at capacity for now (a database, Redis, the password hasher): answer 503 and retry later (DESIGN-8). `details.retryAfterSeconds`, when present, says when.
 *
 * Recognise it with {@link UnavailableError.isInstance} (its code `ERR_UNAVAILABLE`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new UnavailableError('PostgreSQL unavailable during counters.increment', { details: { retryAfterSeconds: 1 } });
 * ```
 */
export class UnavailableError extends KabinetError {
  static override readonly code = 'ERR_UNAVAILABLE';
  declare readonly code: 'ERR_UNAVAILABLE';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_UNAVAILABLE`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (UnavailableError.isInstance(e)) return reply(503, { retryAfter: e.details['retryAfterSeconds'] ?? 1 });
   * ```
   */
  static override isInstance(value: unknown): value is UnavailableError {
    return KabinetError.isInstance(value) && value.code === UnavailableError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_UNAVAILABLE', message, options);
  }
}
