import { fail, type Issue, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { advanceCheck } from '../steps/identity-steps.js';
import { storeFiles } from '../_lib/store-files.js';
import { checkStep } from './_lib/check-step.js';
import { piiContext } from '../_lib/contact-values.js';
import { parseDocument } from '../_lib/parse-document.js';
import { parsePersonal } from '../_lib/parse-personal.js';
import { readPersonal } from '../_lib/account-pii.js';
import { storedDocument } from '../_lib/stored-document.js';
import { ownedAccount } from './_lib/owned-account.js';
import { refuseTakenDocument } from '../_lib/refuse-taken-document.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { CheckView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Answers a clarification request `{ checkId, personal?, documents?, files? }` with corrected
 * data (within 48 hours, or to lift the restriction after them): the registry check runs again
 * (ACC-5).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ checkId, personal?, documents?, files? }`, validated at run time
 * @returns the check, moved on
 * @example
 * ```ts
 * await answerClarification(ctx, auth, { checkId, personal: { surname: 'Karimov', givenNames: 'Aziz', birthDate: '1990-04-12', citizenship: 'UZB' } });
 * ```
 */
export async function answerClarification(
  ctx: AccountContext,
  auth: AuthContext,
  input: IdentityInput<'answerClarification'>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.answerClarification, input);
  if (!read.success) return read;
  const account = await ownedAccount(ctx, auth, { allowRestricted: true });
  if (!account.success) return account;
  const now = ctx.clock.now();
  const issues: Issue<AccountIssueCode>[] = [];
  const personal =
    read.data.personal === undefined
      ? undefined
      : parsePersonal(read.data.personal, ['personal'], now);
  if (personal !== undefined && !personal.success) issues.push(...personal.issues);
  const documents = (read.data.documents ?? []).map((d, i) =>
    parseDocument(d, ['documents', i], {
      now,
      passportValidityMonths: ctx.policy.passportValidityMonths,
    }),
  );
  for (const d of documents) if (!d.success) issues.push(...d.issues);
  if (issues.length > 0) return fail(issues);
  for (const [i, d] of documents.entries()) {
    if (!d.success) continue;
    const taken = await refuseTakenDocument(
      ctx,
      { by: 'account', accountId: auth.accountId },
      d.data,
      ['documents', i],
    );
    if (taken !== undefined) return taken;
  }
  const files = await storeFiles(ctx, read.data.files ?? [], auth.accountId, 'evidence', now);
  if (!files.success) return files;
  return checkStep(ctx, auth, 'identity.clarification_answered', async (current, at) => {
    const check = current.identityChecks.find((c) => c.id === read.data.checkId);
    if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
    let next: AccountRecord = current;
    if (personal?.success === true) {
      // The answer corrects the person, not the address in Russia (DOC-10), which has its own
      // step: an answer without one keeps the stored address.
      const { address } = readPersonal(ctx, current);
      const corrected =
        personal.data.address === undefined && address !== undefined
          ? { ...personal.data, address }
          : personal.data;
      next = {
        ...next,
        personal: ctx.pii.encryptJson(corrected, piiContext('account', next.id, 'personal')),
      };
    }
    for (const d of documents) {
      if (!d.success) continue;
      const doc = storedDocument(ctx, 'account', next.id, d.data, [], at);
      next = { ...next, documents: [...next.documents.filter((x) => x.kind !== doc.kind), doc] };
    }
    const summary = {
      ...check.summary,
      corrections:
        (check.summary['corrections'] === undefined ? 0 : Number(check.summary['corrections'])) + 1,
    };
    const moved = await advanceCheck(
      ctx,
      next,
      check.id,
      'clarification_answered',
      {
        summary,
        ...(files.data.length === 0
          ? {}
          : {
              evidence: ctx.pii.encryptJson(
                { files: files.data },
                `account:${next.id}:check:${check.id}`,
              ),
            }),
      },
      at,
    );
    return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
  });
}
