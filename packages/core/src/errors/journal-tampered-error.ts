import { KabinetError, type KabinetErrorOptions } from './kabinet-error.js';

/**
 * The journal failed its own check while appending (a hash chain or checkpoint that does not match what is stored, AUD-1): stop writing and alert; never retry.
 *
 * Recognise it with {@link JournalTamperedError.isInstance} (its code `ERR_JOURNAL_TAMPERED`), never with `instanceof`.
 *
 * @example
 * ```ts
 * throw new JournalTamperedError('the head entry does not hash to the stored chain', { details: { seq: 41 } });
 * ```
 */
export class JournalTamperedError extends KabinetError {
  static override readonly code = 'ERR_JOURNAL_TAMPERED';
  declare readonly code: 'ERR_JOURNAL_TAMPERED';

  /**
   * Tells whether a value is this error, from any copy of the package: the Kabinet brand and
   * the code `ERR_JOURNAL_TAMPERED`.
   *
   * @param value - anything caught
   * @returns `true` for this error
   * @example
   * ```ts
   * if (JournalTamperedError.isInstance(e)) alertSecurityTeam(e.details);
   * ```
   */
  static override isInstance(value: unknown): value is JournalTamperedError {
    return KabinetError.isInstance(value) && value.code === JournalTamperedError.code;
  }

  /**
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and non-personal details
   */
  constructor(message: string, options: KabinetErrorOptions = {}) {
    super('ERR_JOURNAL_TAMPERED', message, options);
  }
}
