import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseInn, type Inn } from './parse-inn.js';

/**
 * zod 4 schema of an INN of either kind, built on {@link parseInn}; `params.code` of each
 * issue is our code (`inn.checksum`, …).
 *
 * @example
 * ```ts
 * innSchema.safeParse('500100732259'); // success
 * ```
 */
export const innSchema = /* @__PURE__ */ schemaFromParse<string, Inn>((input, path) =>
  parseInn(input, { path }),
);

/**
 * zod 4 schema of a person's 12-digit INN (the kind foreign citizens get), built on
 * {@link parseInn} with `kind: 'individual'`.
 *
 * @example
 * ```ts
 * individualInnSchema.safeParse('7707083893'); // failure, params.code 'inn.kind'
 * ```
 */
export const individualInnSchema = /* @__PURE__ */ schemaFromParse<string, Inn>((input, path) =>
  parseInn(input, { path, kind: 'individual' }),
);
