// The prelude and the answer every change of one of the account's own applications shares: the
// account's application (another account's reads as missing), the account as the journal's
// actor, and the application's details after the change.
import { fail, issue, ok, type Result } from '@kabinet/core';
import type { ApplicationDetails } from '../applications-service.js';
import { changeApplication, type Decide } from './change.js';
import { accountParty, loadOwned, type AppContext } from './context.js';
import { detailsOf } from './details.js';
import type { ApplicationIssueCode } from '../application-messages.js';

/** The answer for an application the account does not have. */
export const applicationNotFound = () => fail(issue('application.not_found', ['applicationId']));

/**
 * {@link changeApplication} on the account's own application, by the account; the details of the
 * application as saved.
 */
export async function changeOwn(
  ctx: AppContext,
  target: { readonly accountId: string; readonly applicationId: string },
  decide: Decide,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const { accountId, applicationId } = target;
  const saved = await changeApplication(
    ctx,
    () => loadOwned(ctx, accountId, applicationId),
    applicationNotFound,
    accountParty(accountId),
    decide,
  );
  return saved.success ? ok(detailsOf(ctx, saved.data, ctx.deps.clock.now())) : saved;
}
