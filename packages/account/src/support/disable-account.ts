import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { journalDraft } from '../_lib/journal-draft.js';
import { revokeSessions } from '../_lib/sessions.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { applyLifecycle } from '../steps/transitions.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { OperatorContext, SupportAccountView } from './support-views.js';
import { operatorParty, readOperatorInput } from './_lib/operator-input.js';
import { supportView } from './_lib/support-view.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** How support disables an account: the lifecycle event and the journal's action names. */
const DISABLINGS = {
  /** A block: logins fail like a wrong password (S-8) until support unblocks; the reason stays for support to see. */
  block: {
    event: 'support_block',
    action: 'support.account_blocked',
    rejected: 'support.account_block_rejected',
    keepReason: true,
  },
  /** A closure, on the holder's request: `closed` is final. */
  close: {
    event: 'close',
    action: 'support.account_closed',
    rejected: 'support.account_close_rejected',
    keepReason: false,
  },
} as const;

/**
 * Blocks (`how: 'block'`) or closes (`how: 'close'`) an account `{ accountId, reason }`: moves
 * it through the lifecycle table and ends every session of it (ASVS 7.4.2: a disabled account
 * keeps no session); a refusal is journaled too. A block keeps the reason for support to see
 * and lasts until support unblocks (logins fail like a wrong password, S-8); `closed` is final.
 *
 * @param ctx - the account context
 * @param operator - the operator acting
 * @param input - `{ accountId, reason }`, validated at run time
 * @param how - `block` or `close`
 * @returns the account as support sees it, or `state.transition_not_allowed`
 * @example
 * ```ts
 * await disableAccount(ctx, { operatorId: 'op_17' }, { accountId, reason: 'fraud report' }, 'block');
 * ```
 */
export async function disableAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'block'>,
  how: keyof typeof DISABLINGS,
): Promise<Result<SupportAccountView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.block, input);
  if (!read.success) return read;
  const { accountId, reason } = read.data;
  const disabling = DISABLINGS[how];
  const r = await runAccountStep(ctx, accountId, operatorParty(operator), async (current, now) => {
    const moved = applyLifecycle(current, disabling.event, now);
    if (!moved.success)
      return {
        result: moved,
        journal: [journalDraft(disabling.rejected, { lifecycle: current.lifecycle })],
      };
    const ended = current.sessionIds;
    const next: AccountRecord = {
      ...moved.data.account,
      ...(disabling.keepReason ? { blockReason: reason } : {}),
      sessionIds: [],
    };
    return {
      result: ok(next),
      account: next,
      journal: [
        journalDraft(disabling.action, {
          reason,
          sessions: ended.length,
          transitions: moved.data.transitions.map((t) => ({ ...t })),
        }),
      ],
      after: async () => {
        await revokeSessions(ctx, ended, 'account_disabled', now);
      },
    };
  });
  return r.success ? ok(await supportView(ctx, r.data)) : r;
}
