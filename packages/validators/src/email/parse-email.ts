import { fail, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { readEmail } from '../_lib/read-email.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/**
 * A checked e-mail address: the local part as typed (NFKC) and the domain in lower case,
 * Unicode letters kept for internationalised domains (`ivan@почта.рф`). Compare addresses
 * case-insensitively: mail providers treat `Ivan@` and `ivan@` as one mailbox.
 */
export type EmailAddress = string & {
  /** Type-level marker: an address checked by parseEmail. Not present at run time. */
  readonly __brand: 'EmailAddress';
};

/** Options of {@link parseEmail}. */
export interface ParseEmailOptions {
  /** Path reported in issues (default `['email']`); a zod schema passes its own. */
  readonly path?: IssuePath;
  /**
   * Accept non-ASCII letters in the local part (`иван@почта.рф`, RFC 6531). Default `true`;
   * set `false` when the mail service that sends the codes cannot deliver SMTPUTF8.
   */
  readonly allowUnicodeLocalPart?: boolean;
}

/**
 * Parses and checks an e-mail address (CONTACT-2): one `@`, no spaces, a dot-atom local part
 * (no quoted forms), a domain of at least two labels with a real top-level domain, IDN
 * domains accepted (`почта.рф` is checked as `xn--80a1acny.xn--p1ai`), RFC length limits.
 * Hidden characters are removed and full-width forms folded first. Syntax only: pair it with
 * {@link parseEmailDeliverable} to ask whether the domain receives mail.
 *
 * @param input - the value typed by the user; must be a string
 * @param options - path and the Unicode local-part switch
 * @returns the {@link EmailAddress}, or issues: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `input.too_long` (`max`), `email.spaces`, `email.missing_at`,
 *   `email.local_part_invalid`, `email.local_part_too_long` (`max`),
 *   `email.local_part_not_ascii`, `email.domain_invalid`, `email.domain_single_label`,
 *   `email.too_long` (`max`)
 * @example
 * ```ts
 * parseEmail(' Ivan.Petrov@Example.COM ');  // { success: true, data: 'Ivan.Petrov@example.com' }
 * parseEmail('ivan@почта.рф');               // { success: true, data: 'ivan@почта.рф' }
 * parseEmail('ivan petrov@example.com');     // issue email.spaces
 * parseEmail('ivan@localhost');              // issue email.domain_single_label
 * ```
 */
export function parseEmail(
  input: unknown,
  options?: ParseEmailOptions,
): Result<EmailAddress, ValidatorIssueCode> {
  const read = readEmail(input, options);
  return 'issue' in read ? fail(read.issue) : ok(read.email);
}
