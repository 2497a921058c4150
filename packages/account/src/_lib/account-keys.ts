import type { AccountRecord } from '@kabinet/ports';

/** The unique keys an account owns in the store: its phone and e-mail blind indexes. */
export function accountKeys(account: Pick<AccountRecord, 'phone' | 'email'>): string[] {
  return [`phone:${account.phone.blindIndex}`, `email:${account.email.blindIndex}`];
}
