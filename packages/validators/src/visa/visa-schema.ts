import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseVisa, type RussianVisa, type RussianVisaInput } from './parse-visa.js';

/**
 * zod 4 schema of a Russian visa (a number string or `{ number, validFrom?, validUntil?,
 * category? }`), built on {@link parseVisa} without a clock.
 *
 * @example
 * ```ts
 * visaSchema.safeParse({ number: '123456789', validUntil: '31.12.2026' }); // success
 * ```
 */
export const visaSchema = /* @__PURE__ */ schemaFromParse<string | RussianVisaInput, RussianVisa>(
  (input, path) => parseVisa(input, { path }),
);
