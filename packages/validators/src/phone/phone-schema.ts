import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parsePhone, type ParsedPhone } from './parse-phone.js';

/**
 * zod 4 schema of a phone number in international format (with `+`) built on
 * {@link parsePhone} with the `portal` policy; outputs the {@link ParsedPhone}. For national
 * input or another policy use {@link createPhoneSchema}.
 *
 * @example
 * ```ts
 * const form = z.object({ phone: phoneSchema });
 * form.safeParse({ phone: '+7 912 345-67-89' }); // success, data.phone.e164 === '+79123456789'
 * ```
 */
export const phoneSchema = /* @__PURE__ */ schemaFromParse<string, ParsedPhone>((input, path) =>
  parsePhone(input, { path }),
);
