import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { readIdentifier } from '../_lib/read-identifier.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A migration card's series and number after normalization: upper-case Latin letters and digits. */
export type MigrationCardNumber = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'MigrationCardNumber';
};

/** Options of {@link parseMigrationCard}. */
export interface ParseMigrationCardOptions {
  /** Shortest accepted value (default 6). */
  readonly minLength?: number;
  /** Longest accepted value (default 20). */
  readonly maxLength?: number;
  /** Path reported in issues (default `['migrationCard']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['migrationCard'];
/** The commonly described shape: 4-digit series, 6- or 7-digit number (low confidence). */
const USUAL = /^\d{4}\d{6,7}$/;

/**
 * Normalizes and checks a migration card's series and number (миграционная карта, DOC-2).
 * They are printed by the border service; the usual shape (4-digit series + 6 or 7 digits) is
 * not confirmed by a normative source, so a different shape is only a
 * `migration_card.pattern` warning (DOC-7). Hard rules: Latin letters and digits, 6–20 of them.
 *
 * @param input - the series and number as typed
 * @param options - length limits and the issue path
 * @returns the compact value, or issues `input.*`, `migration_card.characters`,
 *   `migration_card.length` (`length`, `min`, `max`); warning `migration_card.pattern`
 * @example
 * ```ts
 * parseMigrationCard('4012 3057841'); // { success: true, data: '40123057841' }
 * parseMigrationCard('4012 305784');  // success (the 6-digit number seen in a public example)
 * ```
 */
export function parseMigrationCard(
  input: unknown,
  options?: ParseMigrationCardOptions,
): Result<MigrationCardNumber, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const min = options?.minLength ?? 6;
  const max = options?.maxLength ?? 20;
  const read = readIdentifier(typeof input === 'string' ? input.replace(/№/g, ' ') : input, path);
  if ('issue' in read) return fail(read.issue);
  const value = read.value.toUpperCase();
  if (!/^[A-Z0-9]+$/.test(value)) return fail(issue('migration_card.characters', path));
  if (value.length < min || value.length > max)
    return fail(issue('migration_card.length', path, { length: value.length, min, max }));
  return USUAL.test(value)
    ? ok(value as MigrationCardNumber)
    : ok(value as MigrationCardNumber, [issue('migration_card.pattern', path)]);
}
