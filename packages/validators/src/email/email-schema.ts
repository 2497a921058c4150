import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseEmail, type EmailAddress } from './parse-email.js';

/**
 * zod 4 schema of an e-mail address built on {@link parseEmail} (syntax only; the
 * deliverability check is async and stays in {@link parseEmailDeliverable}).
 *
 * @example
 * ```ts
 * const form = z.object({ email: emailSchema });
 * form.safeParse({ email: 'Ivan@Example.com' }); // success, data.email === 'Ivan@example.com'
 * ```
 */
export const emailSchema = /* @__PURE__ */ schemaFromParse<string, EmailAddress>((input, path) =>
  parseEmail(input, { path }),
);
