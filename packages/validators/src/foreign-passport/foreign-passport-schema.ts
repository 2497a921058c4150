import { fail, ok, type Result } from '@kabinet/core/result';
import { wrongTypeIssue } from '../_lib/normalize-input.js';
import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseForeignPassport, type ForeignPassportNumber } from './parse-foreign-passport.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** Input of {@link foreignPassportSchema}: the issuing state and the number. */
export interface ForeignPassportInput {
  /** ICAO or ISO alpha-2 code of the issuing state. */
  readonly country: string;
  /** The passport number as typed. */
  readonly number: string;
}

/** Output of {@link foreignPassportSchema}. */
export interface ForeignPassport {
  /** The issuing state as given, upper-cased. */
  readonly country: string;
  /** The normalized number. */
  readonly number: ForeignPassportNumber;
}

function parsePair(input: unknown): Result<ForeignPassport, ValidatorIssueCode> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(wrongTypeIssue(input, [], 'object'));
  const { country, number } = input as { country?: unknown; number?: unknown };
  if (typeof country !== 'string' || country.trim() === '')
    return fail({ code: 'input.required', path: ['country'] });
  const r = parseForeignPassport(number, { country, path: ['number'], countryPath: ['country'] });
  return r.success
    ? ok({ country: country.trim().toUpperCase(), number: r.data }, r.warnings)
    : fail(r.issues);
}

/**
 * zod 4 schema of `{ country, number }` built on {@link parseForeignPassport}: the number is
 * normalized and checked against the country's usual shape (a mismatch is a warning, so it
 * does not fail the schema).
 *
 * @example
 * ```ts
 * foreignPassportSchema.safeParse({ country: 'UZB', number: 'aa 1234567' });
 * // success: { country: 'UZB', number: 'AA1234567' }
 * ```
 */
export const foreignPassportSchema = /* @__PURE__ */ schemaFromParse<
  ForeignPassportInput,
  ForeignPassport
>(parsePair);
