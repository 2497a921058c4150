import type * as z from 'zod';
import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parsePhone, type ParsedPhone, type ParsePhoneOptions } from './parse-phone.js';

/**
 * Builds a zod 4 schema on {@link parsePhone} with a default country and a policy. Build it
 * once at module scope or start-up, not per request.
 *
 * @param options - default country for national input and the policy
 * @returns the schema: text in, {@link ParsedPhone} out
 * @example
 * ```ts
 * const smsPhone = createPhoneSchema({ defaultCountry: 'RU', policy: phonePolicies.sms });
 * smsPhone.safeParse('8 912 345-67-89'); // success, data.e164 === '+79123456789'
 * ```
 */
export function createPhoneSchema(
  options: Omit<ParsePhoneOptions, 'path'>,
): z.ZodType<ParsedPhone, string> {
  return schemaFromParse<string, ParsedPhone>((input, path) =>
    parsePhone(input, { ...options, path }),
  );
}
