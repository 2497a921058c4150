import { KabinetError } from '@kabinet/core';
import type { AccountContext } from '@kabinet/account';
import { ACCOUNT_CONTEXT } from '../_lib/account-context-key.js';
import type { Kabinet } from '../setup/kabinet.js';

/**
 * The account context a `Kabinet` runs on (stores, lockout, hasher, PII cipher, …), for tests
 * that check what the services cannot show. Not part of the services' API: it may change
 * with any release.
 *
 * @param kabinet - what `createKabinet` returned
 * @returns its account context
 * @throws `KabinetError` `ERR_INVALID_ARGUMENT` for an object `createKabinet` did not make
 * @example
 * ```ts
 * import { accountContextOf } from 'kabinet/testing';
 * const status = await accountContextOf(kabinet).lockout.accountStatus(accountId);
 * ```
 */
export function accountContextOf(kabinet: Kabinet): AccountContext {
  const ctx = (kabinet as unknown as Record<symbol, AccountContext | undefined>)[ACCOUNT_CONTEXT];
  if (ctx === undefined)
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'accountContextOf: not made by createKabinet');
  return ctx;
}
