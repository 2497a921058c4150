import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseName, type PersonName } from './parse-name.js';

/**
 * zod 4 schema of one name field built on {@link parseName} with default options (Cyrillic or
 * Latin, look-alikes fixed). For a Cyrillic-only or Latin-only field use {@link createNameSchema}.
 *
 * @example
 * ```ts
 * const form = z.object({ surname: nameSchema, givenNames: nameSchema });
 * form.safeParse({ surname: ' Иванова ', givenNames: 'Анна' }); // success, data.surname === 'Иванова'
 * ```
 */
export const nameSchema = /* @__PURE__ */ schemaFromParse<string, PersonName>((input, path) =>
  parseName(input, { path }),
);
