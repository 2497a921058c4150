import { fail, issue, type Result } from '@kabinet/core';
import { checkPassportValidity } from '@kabinet/validators/document-validity';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { newCheck } from '../steps/identity-steps.js';
import { checkStep, begin } from './_lib/check-step.js';
import { OPEN } from './_lib/identity-rules.js';
import { missingDocumentGroups } from '../_lib/required-documents.js';
import { ownedAccount } from './_lib/owned-account.js';
import type { CheckView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Sends the documents to the registry check that lifts the account to standard (ACC-2, ACC-5):
 * every required document group present, the passport valid six months on the day of the check
 * (DOC-3).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the new check
 * @example
 * ```ts
 * const check = await checkDocuments(ctx, auth);
 * ```
 */
export async function checkDocuments(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<CheckView, AccountIssueCode>> {
  const account = await ownedAccount(ctx, auth);
  if (!account.success) return account;
  return checkStep(ctx, auth, 'identity.documents_submitted', async (current, now) => {
    if (current.level === 'none')
      return fail(issue('identity.level_required', [], { level: 'simplified' }));
    if (current.level !== 'simplified') return fail(issue('identity.already_confirmed', []));
    if (current.identityChecks.some((c) => c.kind === 'documents' && OPEN.has(c.state)))
      return fail(issue('identity.check_open', []));
    const missing = missingDocumentGroups(current.userType, current.documents, ctx.policy);
    // ACC-2, ACC-6: a permit holder needs the permit and SNILS, not only the passport.
    if (missing.length > 0)
      return fail(
        missing.map((group) =>
          issue('identity.documents_missing', ['documents'], { kinds: group.join(' | ') }),
        ),
      );
    const passport = current.documents.find((d) => d.kind === 'foreign_passport');
    if (passport?.expiresOn !== undefined) {
      // DOC-3: valid six months on the day of the check, not only on the day it was entered.
      const valid = checkPassportValidity(passport.expiresOn, now, {
        policy: { passportMinValidityMonths: ctx.policy.passportValidityMonths },
        path: ['documents', 'foreign_passport', 'expiryDate'],
      });
      if (!valid.success) return valid;
    }
    const check = newCheck(
      ctx,
      current.id,
      'documents',
      { documents: current.documents.map((d) => d.id) },
      { documents: current.documents.length },
      now,
    );
    return begin(ctx, check, 'evidence_submitted')(current, now);
  });
}
