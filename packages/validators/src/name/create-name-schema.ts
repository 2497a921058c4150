import type * as z from 'zod';
import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseName, type ParseNameOptions, type PersonName } from './parse-name.js';

/**
 * Builds a zod 4 schema of a name field on {@link parseName} with a script and look-alike
 * policy (DOC-8: a Cyrillic-only field rejects Latin and the other way round). Build it once
 * at module scope.
 *
 * @param options - allowed script, look-alike policy, maximum length
 * @returns the schema: text in, {@link PersonName} out
 * @example
 * ```ts
 * const cyrillicName = createNameSchema({ script: 'cyrillic' });
 * cyrillicName.safeParse('Ivanova').success; // false (params.code 'name.latin_not_allowed')
 * ```
 */
export function createNameSchema(
  options: Omit<ParseNameOptions, 'path'>,
): z.ZodType<PersonName, string> {
  return schemaFromParse<string, PersonName>((input, path) =>
    parseName(input, { ...options, path }),
  );
}
