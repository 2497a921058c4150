import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseDate, type IsoDate } from './parse-date.js';

/**
 * zod 4 schema of a date built on {@link parseDate}: `ДД.ММ.ГГГГ` or ISO in, {@link IsoDate}
 * out; failures are zod `custom` issues whose `params.code` is our code (`date.invalid_day`, …).
 *
 * @example
 * ```ts
 * const form = z.object({ issueDate: dateSchema });
 * form.safeParse({ issueDate: '01.02.2024' }); // success, data.issueDate === '2024-02-01'
 * ```
 */
export const dateSchema = /* @__PURE__ */ schemaFromParse<string, IsoDate>((input, path) =>
  parseDate(input, { path }),
);
