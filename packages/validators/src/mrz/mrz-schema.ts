import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseMrz } from './parse-mrz.js';
import type { Mrz } from './mrz-types.js';

/**
 * zod 4 schema of a machine-readable zone (a string or an array of lines), built on
 * {@link parseMrz}; outputs the parsed fields. Two-digit years are resolved without a clock
 * (see {@link ParseMrzOptions.now}); call {@link parseMrz} with `now` when that matters.
 *
 * @example
 * ```ts
 * mrzSchema.safeParse('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
 * ```
 */
export const mrzSchema = /* @__PURE__ */ schemaFromParse<string | readonly string[], Mrz>(
  (input, path) => parseMrz(input, { path }),
);
