import { ok, type IssuePath, type Result } from '@kabinet/core/result';
import { readPassportDigits } from './_lib/read-passport-digits.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/**
 * A checked number of a Russian international passport (загранпаспорт): 9 ASCII digits, the
 * 2-digit series followed by the 7-digit number, e.g. `'751234567'`.
 */
export type RussianForeignPassportNumber = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'RussianForeignPassportNumber';
};

/** Options of {@link parseRussianForeignPassport}. */
export interface ParseRussianForeignPassportOptions {
  /** Path reported in issues (default `['passport']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['passport'];

/**
 * Normalizes and checks the number of a Russian international passport, printed `NN NNNNNNN`:
 * 9 digits (the 10-digit form is the internal passport). Its only check digit lives in the
 * MRZ (see `parseMrz`).
 *
 * @param input - the value typed by the user (a string)
 * @param options - the issue path
 * @returns the 9 digits, or issues `input.*`, `passport.format` (`expected`),
 *   `passport.length` (`length`, `expected`), `passport.all_zero`
 * @example
 * ```ts
 * parseRussianForeignPassport('75 1234567'); // { success: true, data: '751234567' }
 * parseRussianForeignPassport('4510123456'); // issue passport.length { expected: 9 }
 * ```
 */
export function parseRussianForeignPassport(
  input: unknown,
  options?: ParseRussianForeignPassportOptions,
): Result<RussianForeignPassportNumber, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const read = readPassportDigits(input, path, 9, 'NN NNNNNNN');
  if ('failure' in read) return read.failure;
  return ok(read.digits as RussianForeignPassportNumber);
}
