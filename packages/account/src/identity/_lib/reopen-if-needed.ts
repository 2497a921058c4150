import { ok } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { advanceCheck, newCheck } from '../../steps/identity-steps.js';
import { OPEN } from './identity-rules.js';

/** For a permit holder already at standard or above, a changed permit or address re-opens the documents check (ACC-6). */
export async function reopenIfNeeded(ctx: AccountContext, account: AccountRecord, now: number) {
  if (
    account.userType !== 'residence_permit_holder' ||
    (account.level !== 'standard' && account.level !== 'confirmed')
  )
    return ok({ account, transitions: [] as const });
  if (account.identityChecks.some((c) => c.kind === 'documents' && OPEN.has(c.state)))
    return ok({ account, transitions: [] as const });
  const check = newCheck(
    ctx,
    account.id,
    'documents',
    { reason: 'recheck' },
    { reason: 'recheck' },
    now,
  );
  const moved = await advanceCheck(
    ctx,
    { ...account, identityChecks: [...account.identityChecks, check] },
    check.id,
    'evidence_submitted',
    {},
    now,
  );
  return moved;
}
