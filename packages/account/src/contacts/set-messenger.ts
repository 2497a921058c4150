import { maskPhone, readInput, type Result } from '@kabinet/core';
import { parsePhone } from '@kabinet/validators/phone';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
import type { ContactsView } from './contacts-views.js';
import { setExtra } from './_lib/edit-extra.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

const TELEGRAM = /^@?[A-Za-z][A-Za-z0-9_]{4,31}$/;

/**
 * Sets a messenger `{ kind: 'telegram' | 'viber' | 'whatsapp', value }`: Telegram takes an
 * `@name` or a phone, the others a phone. The value is stored encrypted, shown masked.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ kind, value }`, validated at run time
 * @returns the contacts after the change
 * @example
 * ```ts
 * const r = await setMessenger(ctx, auth, { kind: 'telegram', value: '@ivanov_uz' });
 * ```
 */
export async function setMessenger(
  ctx: AccountContext,
  auth: AuthContext,
  input: ContactInput<'setMessenger'>,
): Promise<Result<ContactsView, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.setMessenger, input);
  if (!read.success) return read;
  const { kind, value } = read.data;
  let normalized: string;
  if (kind === 'telegram' && TELEGRAM.test(value.trim()))
    normalized = `@${value.trim().replace(/^@/, '')}`;
  else {
    const phone = parsePhone(value, { path: ['value'] });
    if (!phone.success) return phone;
    normalized = phone.data.e164;
  }
  const masked = normalized.startsWith('@')
    ? `${normalized.slice(0, 3)}***`
    : maskPhone(normalized);
  const set = { channel: kind, piiName: `messenger:${kind}`, value: normalized, masked };
  return setExtra(ctx, auth, set, (extra, stored) => ({
    ...extra,
    messengers: [...extra.messengers.filter((m) => m.kind !== kind), { kind, ...stored }],
  }));
}
