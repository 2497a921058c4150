import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { z } from 'zod';
import type { AccountContext } from '../../context/account-context.js';
import { journalDraft } from '../../_lib/journal-draft.js';
import { revokeSessions } from '../../_lib/sessions.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import { applyLifecycle } from '../../steps/transitions.js';
import { supportInputSchemas } from '../support-input-schemas.js';
import type { OperatorContext, SupportAccountView } from '../support-views.js';
import { operatorParty, readOperatorInput } from './operator-input.js';
import { supportView } from './support-view.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** How support disables an account: the lifecycle event and the journal's action names. */
export interface Disabling {
  /** The lifecycle event (`support_block` or `close`). */
  readonly event: 'support_block' | 'close';
  /** Journaled when it happens. */
  readonly action: 'support.account_blocked' | 'support.account_closed';
  /** Journaled when the lifecycle table refuses it. */
  readonly rejected: 'support.account_block_rejected' | 'support.account_close_rejected';
  /** Whether the reason stays on the account for support to see (a block's does). */
  readonly keepReason: boolean;
}

/**
 * Reads `{ accountId, reason }`, moves the account through the lifecycle table by `how.event`
 * and ends every session of it (ASVS 7.4.2: a disabled account keeps no session); a refusal is
 * journaled too. Answers the account as support sees it.
 */
export async function disableAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  input: z.input<typeof supportInputSchemas.block>,
  how: Disabling,
): Promise<Result<SupportAccountView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.block, input);
  if (!read.success) return read;
  const { accountId, reason } = read.data;
  const r = await runAccountStep(ctx, accountId, operatorParty(operator), async (current, now) => {
    const moved = applyLifecycle(current, how.event, now);
    if (!moved.success)
      return {
        result: moved,
        journal: [journalDraft(how.rejected, { lifecycle: current.lifecycle })],
      };
    const ended = current.sessionIds;
    const next: AccountRecord = {
      ...moved.data.account,
      ...(how.keepReason ? { blockReason: reason } : {}),
      sessionIds: [],
    };
    return {
      result: ok(next),
      account: next,
      journal: [
        journalDraft(how.action, {
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
