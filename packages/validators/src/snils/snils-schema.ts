import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseSnils, type Snils } from './parse-snils.js';

/**
 * zod 4 schema of a SNILS built on {@link parseSnils}: outputs the compact branded value;
 * failures are zod `custom` issues whose `params.code` is our code (`snils.checksum`, …).
 *
 * @example
 * ```ts
 * const form = z.object({ snils: snilsSchema });
 * form.safeParse({ snils: '112-233-445 95' }); // success, data.snils === '11223344595'
 * ```
 */
export const snilsSchema = /* @__PURE__ */ schemaFromParse<string, Snils>((input, path) =>
  parseSnils(input, { path }),
);
