import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parsePostalIndex, type PostalIndex } from './parse-postal-index.js';

/**
 * zod 4 schema of a Russian postal index built on {@link parsePostalIndex}.
 *
 * @example
 * ```ts
 * postalIndexSchema.safeParse('101 000'); // success, data '101000'
 * ```
 */
export const postalIndexSchema = /* @__PURE__ */ schemaFromParse<string, PostalIndex>(
  (input, path) => parsePostalIndex(input, { path }),
);
