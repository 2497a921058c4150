import { fail, issue, ok, type Result } from '@kabinet/core/result';
import { readEmail } from '../_lib/read-email.js';
import type { EmailAddress, ParseEmailOptions } from './parse-email.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** The answer of a deliverability check. */
export type EmailDeliverability = 'deliverable' | 'undeliverable' | 'unknown';

/**
 * A port that tells whether a domain receives mail — typically an MX lookup (falling back to
 * A/AAAA as RFC 5321 allows). Kabinet ships no network code: implement it with `node:dns` or
 * a provider's API. It receives the ASCII (punycode) form of the domain.
 *
 * @example
 * ```ts
 * import { resolveMx } from 'node:dns/promises';
 * const mxChecker: EmailDeliverabilityChecker = {
 *   async check(domain) {
 *     try {
 *       const mx = await resolveMx(domain);
 *       return mx.some((r) => r.exchange !== '' && r.exchange !== '.') ? 'deliverable' : 'undeliverable';
 *     } catch (e) {
 *       const code = (e as { code?: string }).code;
 *       return code === 'ENOTFOUND' || code === 'ENODATA' ? 'undeliverable' : 'unknown';
 *     }
 *   },
 * };
 * ```
 */
export interface EmailDeliverabilityChecker {
  /**
   * Checks one domain.
   *
   * @param asciiDomain - the domain in ASCII, e.g. `xn--80a1acny.xn--p1ai`
   * @returns `deliverable`, `undeliverable`, or `unknown` when the lookup failed
   */
  check(asciiDomain: string): Promise<EmailDeliverability>;
}

/**
 * {@link parseEmail}, then asks a {@link EmailDeliverabilityChecker} whether the domain
 * receives mail (CONTACT-2: "a deliverable domain"). The checker runs only for a
 * syntactically valid address. `undeliverable` rejects; `unknown`, a rejected promise or a
 * thrown error accepts with the warning `email.deliverability_unknown`: a DNS outage must not
 * stop registration, and the e-mail code (CONTACT-3) proves the mailbox anyway.
 *
 * @param input - the value typed by the user
 * @param checker - the deliverability port
 * @param options - the options of {@link parseEmail}
 * @returns the {@link EmailAddress}, or the issues of {@link parseEmail} plus
 *   `email.undeliverable` (`domain`); warning `email.deliverability_unknown`
 * @example
 * ```ts
 * const r = await parseEmailDeliverable('ivan@example.com', mxChecker);
 * if (!r.success) r.issues[0]!.code; // 'email.undeliverable' when example.com has no MX
 * ```
 */
export async function parseEmailDeliverable(
  input: unknown,
  checker: EmailDeliverabilityChecker,
  options?: ParseEmailOptions,
): Promise<Result<EmailAddress, ValidatorIssueCode>> {
  const read = readEmail(input, options);
  if ('issue' in read) return fail(read.issue);
  const path = options?.path ?? ['email'];
  let verdict: EmailDeliverability;
  try {
    verdict = await checker.check(read.asciiDomain);
  } catch {
    verdict = 'unknown';
  }
  if (verdict === 'undeliverable')
    return fail(
      issue('email.undeliverable', path, {
        domain: read.email.slice(read.email.lastIndexOf('@') + 1),
      }),
    );
  if (verdict === 'deliverable') return ok(read.email);
  return ok(read.email, [issue('email.deliverability_unknown', path)]);
}
