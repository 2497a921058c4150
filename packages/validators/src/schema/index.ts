/**
 * The bridge from a parse function to zod: {@link schemaFromParse} turns any `parseX`
 * (`input → Result`) into a zod 4 schema with the same verdict, value and issue codes.
 *
 * @example
 * ```ts
 * import { schemaFromParse } from '@kabinet/validators/schema';
 * const schema = schemaFromParse<string, string>((input, path) => myParse(input, { path }));
 * ```
 *
 * @module @kabinet/validators/schema
 */
export { schemaFromParse } from './schema-from-parse.js';
