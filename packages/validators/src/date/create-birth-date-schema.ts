import type * as z from 'zod';
import { schemaFromParse } from '../schema/schema-from-parse.js';
import type { IsoDate } from './parse-date.js';
import { parseBirthDate, type ParseBirthDateOptions } from './parse-birth-date.js';

/**
 * Builds a zod 4 schema of a birth date on {@link parseBirthDate}. A factory because "today"
 * needs a clock: build it once at start-up with the application's `Clock`, not per request.
 *
 * @param options - `now` (a `Clock`, read at every parse, or a fixed epoch ms) and the age policy
 * @returns the schema: `ДД.ММ.ГГГГ` or ISO in, {@link IsoDate} out
 * @example
 * ```ts
 * const birthDateSchema = createBirthDateSchema({ now: systemClock, policy: birthDatePolicies.selfRegistration });
 * z.object({ birthDate: birthDateSchema }).safeParse({ birthDate: '29.02.2000' });
 * ```
 */
export function createBirthDateSchema(
  options: Omit<ParseBirthDateOptions, 'path'>,
): z.ZodType<IsoDate, string> {
  return schemaFromParse<string, IsoDate>((input, path) =>
    parseBirthDate(input, { ...options, path }),
  );
}
