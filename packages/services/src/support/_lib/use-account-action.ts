// ACC-9: an account operation (unblock, restore access) performed on a support request's
// trail. The account's own service does it (through the SupportAccountOperations port, with
// the ticket number in the reason, so the account journal points at the request); the request
// records it: an entry in its account actions, a system message, a journal entry.
import { KabinetError, ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import { supportRequestInputSchemas as schemas } from '../support-request-input-schemas.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import type { SupportRequestView } from '../support-request-view.js';
import { REQUESTS } from './collections.js';
import { move, operatorParty, unstore, writeStep, type SupportContext } from './context.js';
import { newMessage } from './new-message.js';
import { checkOperator, type Operator } from './use-operator.js';
import { notFound } from './use-user.js';
import { requestView } from './views.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

export async function actOnAccount<AccountCode extends string>(
  ctx: SupportContext<AccountCode>,
  operator: Operator,
  input: unknown,
  // A refused account operation's issues pass through with the operations' own codes.
): Promise<Result<SupportRequestView, SupportRequestIssueCode | AccountCode>> {
  const operatorId = checkOperator(operator);
  const operations = ctx.accountOperations;
  if (operations === undefined)
    throw new KabinetError(
      'ERR_CONFIG',
      'support requests: account operations need the accountOperations port (createKabinet passes it)',
    );
  const read = readInput(schemas.actOnAccount, input);
  if (!read.success) return read;
  const { requestId, action } = read.data;
  const requests = ctx.deps.versioned<SupportRequestRecord>(REQUESTS);
  const first = await requests.get(requestId);
  if (first === undefined) return notFound();
  // Only on a request support is working on: a resolved or closed one is no trail for a new operation.
  if (first.status === 'resolved' || first.status === 'closed')
    return move(first, 'take') as Result<never, SupportRequestIssueCode>;
  const reason = `support request ${first.number}${read.data.reason === undefined || read.data.reason.trim() === '' ? '' : `: ${read.data.reason.trim()}`}`;
  const done =
    action === 'unblock'
      ? await operations.unblock(operatorId, first.ownerId, reason)
      : await operations.restoreAccess(operatorId, first.ownerId);
  if (!done.success) return done;
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const current = await requests.get(requestId);
    if (current === undefined) return notFound();
    const now = ctx.deps.clock.now();
    const code =
      action === 'unblock'
        ? 'support_request.system.account_unblocked'
        : 'support_request.system.access_restore_started';
    const system = newMessage(ctx, now, {
      author: 'system',
      operatorId,
      code,
      attachments: [],
    });
    const next: SupportRequestRecord = {
      ...unstore(current),
      updatedAt: now,
      messages: [...current.messages, system],
      accountActions: [...current.accountActions, { action, operatorId, at: now }],
    };
    const written = await writeStep(ctx, current, next, {
      actor: operatorParty(operatorId),
      action: 'support_request.account_action',
      payload: { accountAction: action },
      notice: {
        code:
          action === 'unblock'
            ? 'notice.support_request.account_unblocked'
            : 'notice.support_request.access_restore_started',
        params: { number: current.number },
      },
    });
    return ok(requestView(ctx, written, true));
  });
}
