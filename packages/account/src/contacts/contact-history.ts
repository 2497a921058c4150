import { maskEmail, maskPhone, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { contactHistory as readHistory } from '../_lib/contact-history.js';
import { requireSession } from '../_lib/require-session.js';
import type { ContactVersionView } from './contacts-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * The change history of phone and e-mail (История изменений, CONTACT-5), oldest first, each
 * version masked (an erased one is `null`) and the current one of each channel marked.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the versions of both channels by sequence number
 * @example
 * ```ts
 * const r = await contactHistory(ctx, auth);
 * const older = r.success ? r.data.filter((v) => !v.current) : [];
 * ```
 */
export async function contactHistory(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<ContactVersionView[], AccountIssueCode>> {
  const session = await requireSession(ctx, auth);
  if (!session.success) return session;
  const out: ContactVersionView[] = [];
  for (const channel of ['phone', 'email'] as const) {
    const versions = await readHistory(ctx, auth.accountId, channel);
    versions.forEach((v, i) => {
      const { value, ...rest } = v;
      const masked =
        value === null ? null : channel === 'phone' ? maskPhone(value) : maskEmail(value);
      out.push({ ...rest, channel, masked, current: i === versions.length - 1 });
    });
  }
  return ok(out.sort((a, b) => a.seq - b.seq));
}
