import {
  KabinetError,
  readInput,
  type InputIssueCode,
  type InputSchema,
  type MessageCatalogue,
  type Result,
} from '@kabinet/core';
import type { Senders } from '@kabinet/ports';
import type { ServicesDeps } from '../../context/services-deps.js';
import type { ContactDirectory } from '../contact-directory.js';
import type { NotificationsPolicy } from '../notifications-policy.js';

export interface CentreContext {
  readonly deps: Omit<ServicesDeps, 'notices'>;
  readonly policy: NotificationsPolicy;
  readonly messages: MessageCatalogue;
  readonly senders: Senders;
  readonly contacts: ContactDirectory;
  readonly onError: (error: unknown) => void;
}

// The account id comes from the caller's session, never from a user's body: a bad one is misuse.
export function checkAccountId(accountId: unknown): string {
  if (typeof accountId !== 'string' || accountId === '' || accountId.length > 200) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'notification centre: accountId is a non-empty string',
    );
  }
  return accountId;
}

/**
 * A method's input: the account id beside it (checked as {@link checkAccountId}: misuse throws)
 * and the rest read with the method's schema (bad input returns issues).
 */
export function readWithAccount<T>(
  schema: InputSchema<T>,
  input: { readonly accountId: string },
): { readonly accountId: string; readonly read: Result<T, InputIssueCode> } {
  const { accountId, ...rest } = input;
  return { accountId: checkAccountId(accountId), read: readInput(schema, rest) };
}
