import type { AccountRecord } from '@kabinet/ports';
import { documentKeys } from './document-index.js';

/**
 * The unique keys an account owns in the store: its phone and e-mail blind indexes, and the
 * blind index of each identity document (kind + country + number), so a phone, an e-mail or a
 * document belongs to at most one account.
 */
export function accountKeys(
  account: Pick<AccountRecord, 'phone' | 'email'> & {
    readonly documents?: AccountRecord['documents'];
  },
): string[] {
  return [
    `phone:${account.phone.blindIndex}`,
    `email:${account.email.blindIndex}`,
    ...documentKeys(account.documents ?? []),
  ];
}
