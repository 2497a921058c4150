import { schemaFromParse } from '../schema/schema-from-parse.js';
import {
  parseRussianForeignPassport,
  type RussianForeignPassportNumber,
} from './parse-russian-foreign-passport.js';
import { parseRussianPassport, type RussianPassportNumber } from './parse-russian-passport.js';

/**
 * zod 4 schema of a Russian internal passport series and number, built on
 * {@link parseRussianPassport}.
 *
 * @example
 * ```ts
 * russianPassportSchema.safeParse('4510 123456'); // success, data '4510123456'
 * ```
 */
export const russianPassportSchema = /* @__PURE__ */ schemaFromParse<string, RussianPassportNumber>(
  (input, path) => parseRussianPassport(input, { path }),
);

/**
 * zod 4 schema of a Russian international passport number, built on
 * {@link parseRussianForeignPassport}.
 *
 * @example
 * ```ts
 * russianForeignPassportSchema.safeParse('75 1234567'); // success, data '751234567'
 * ```
 */
export const russianForeignPassportSchema = /* @__PURE__ */ schemaFromParse<
  string,
  RussianForeignPassportNumber
>((input, path) => parseRussianForeignPassport(input, { path }));
