import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { revokeSessions } from '../../_lib/sessions.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import { applyLifecycle } from '../../steps/transitions.js';
import type { OperatorContext } from '../support-views.js';
import { operatorParty } from './operator-input.js';

/** How support disables an account: the lifecycle event and the journal's action names. */
export interface Disabling {
  /** The lifecycle event (`support_block` or `close`). */
  readonly event: 'support_block' | 'close';
  /** Journaled when it happens. */
  readonly action: string;
  /** Journaled when the lifecycle table refuses it. */
  readonly rejected: string;
  /** Fields the account keeps besides the new lifecycle (a block's reason). */
  readonly keep?: Partial<AccountRecord>;
}

/**
 * Moves the account through the lifecycle table by `how.event` and ends every session of it
 * (ASVS 7.4.2: a disabled account keeps no session); a refusal is journaled too.
 */
export async function disableAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  accountId: string,
  reason: string,
  how: Disabling,
): Promise<Result<AccountRecord>> {
  return runAccountStep(ctx, accountId, operatorParty(operator), async (current, now) => {
    const moved = applyLifecycle(current, how.event, now);
    if (!moved.success)
      return {
        result: moved,
        journal: [{ action: how.rejected, payload: { lifecycle: current.lifecycle } }],
      };
    const ended = current.sessionIds;
    const next: AccountRecord = { ...moved.data.account, ...how.keep, sessionIds: [] };
    return {
      result: ok(next),
      account: next,
      journal: [
        {
          action: how.action,
          payload: {
            reason,
            sessions: ended.length,
            transitions: moved.data.transitions.map((t) => ({ ...t })),
          },
        },
      ],
      after: async () => {
        await revokeSessions(ctx, ended, 'account_disabled', now);
      },
    };
  });
}
