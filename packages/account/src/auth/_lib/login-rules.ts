import { fail, issue, type Issue } from '@kabinet/core';
import type { AccountLifecycle, AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { ContactValue } from '../../_lib/contact-values.js';

/** Lifecycles that may log in. */
export const LOGIN_OK: ReadonlySet<AccountLifecycle> = new Set([
  'active',
  'clarification_requested',
  'restricted',
]);

/** Lifecycles whose owner may unlock with a code: those that can log in, and a lock mirrored in the lifecycle. */
export const UNLOCKABLE: ReadonlySet<AccountLifecycle> = new Set([
  'active',
  'clarification_requested',
  'restricted',
  'locked',
]);

/** Every failed login, whatever the reason (S-8). */
export const loginDenied = () => fail(issue('auth.invalid_credentials', []));

/** A pending login that is gone, spent or out of time. */
export const loginExpired = () => fail(issue('auth.login_expired', []));

/**
 * The lockout key of a login: the account when there is one, else the login's contact, so known
 * and unknown logins share one shape of limits (S-8).
 */
export function loginKey(
  ctx: AccountContext,
  login: string,
  contact: ContactValue | undefined,
  account: AccountRecord | undefined,
): string {
  return (
    account?.id ??
    (contact === undefined
      ? ctx.blindIndex('email', login.trim().toLowerCase())
      : `${contact.channel}:${contact.blindIndex}`)
  );
}

/** Moves the password policy's issues (`password.*`, path `['password', …]`) onto the `newPassword` field. */
export const onNewPassword = <C extends string>(issues: readonly Issue<C>[]): Issue<C>[] =>
  issues.map((i) => ({ ...i, path: ['newPassword', ...i.path.slice(1)] }));
