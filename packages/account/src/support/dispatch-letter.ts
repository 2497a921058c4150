import { fail, issue, ok, randomString, type Result } from '@kabinet/core';
import { formatAddress } from '@kabinet/validators/address';
import type { AccountContext } from '../context/account-context.js';
import { readPersonal } from '../_lib/account-pii.js';
import { macSecret } from '../_lib/secret-mac.js';
import { runCheckStep } from '../steps/run-check-step.js';
import { advanceCheck } from '../steps/identity-steps.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { LetterDispatch, OperatorContext } from './support-views.js';
import { operatorParty, readOperatorInput } from './_lib/operator-input.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** The letter code's alphabet: no 0/O, 1/I to misread on paper. */
const LETTER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Registered mail (ACC-7): records the dispatch `{ accountId, checkId, trackingNumber }` of the
 * letter for a registered-mail check and returns the code to print in it (stored only as a MAC)
 * with the address to send it to.
 *
 * @param ctx - the account context
 * @param operator - the operator acting
 * @param input - `{ accountId, checkId, trackingNumber }`, validated at run time
 * @returns the check (now in transit), the code and the address
 * @example
 * ```ts
 * const r = await dispatchLetter(ctx, { operatorId: 'op_17' }, { accountId, checkId, trackingNumber: 'RA123456789RU' });
 * if (r.success) printLetter(r.data.address, r.data.code);
 * ```
 */
export async function dispatchLetter(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'dispatchLetter'>,
): Promise<Result<LetterDispatch, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.dispatchLetter, input);
  if (!read.success) return read;
  const code = randomString(8, LETTER_ALPHABET, ctx.random);
  let address = '';
  const r = await runCheckStep(
    ctx,
    read.data.accountId,
    { actor: operatorParty(operator), action: 'identity.letter_sent', journalRejected: false },
    async (current, now) => {
      const check = current.identityChecks.find(
        (c) => c.id === read.data.checkId && c.kind === 'registered_mail',
      );
      if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
      const personal = readPersonal(ctx, current);
      address = personal.address === undefined ? '' : formatAddress(personal.address);
      const moved = await advanceCheck(
        ctx,
        current,
        check.id,
        'letter_sent',
        {
          trackingNumber: read.data.trackingNumber,
          secretHash: macSecret(ctx, `letter:${check.id}`, code),
          secretExpiresAt: now + ctx.policy.letterCodeTtlMs,
        },
        now,
      );
      return moved.success
        ? ok({
            ...moved.data,
            checkId: check.id,
            extra: { trackingNumber: read.data.trackingNumber },
          })
        : moved;
    },
  );
  return r.success ? ok({ check: r.data, code, address }) : r;
}
