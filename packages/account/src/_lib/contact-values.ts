import { fail, maskEmail, maskPhone, ok, type IssuePath, type Result } from '@kabinet/core';
import type { StoredContact } from '@kabinet/ports';
import { parseEmail } from '@kabinet/validators/email';
import { parsePhone } from '@kabinet/validators/phone';
import type { AccountContext } from '../context/account-context.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** A phone or e-mail, normalized, with what is stored about it. */
export interface ContactValue {
  readonly channel: 'phone' | 'email';
  /** E.164 phone, or the e-mail address as parsed. */
  readonly value: string;
  readonly blindIndex: string;
  readonly masked: string;
}

/** The form a contact is indexed in: E.164, or the e-mail in lower case. */
export function indexForm(channel: 'phone' | 'email', value: string): string {
  return channel === 'phone' ? value : value.toLowerCase();
}

/** Checks a phone (CONTACT-1: international, at least 10 digits, non-Russian numbers work) or an e-mail (CONTACT-2). */
export function readContact(
  ctx: AccountContext,
  channel: 'phone' | 'email',
  input: unknown,
  path: IssuePath,
): Result<ContactValue, AccountIssueCode> {
  const parsed = channel === 'phone' ? parsePhone(input, { path }) : parseEmail(input, { path });
  if (!parsed.success) return fail(parsed.issues);
  const value = typeof parsed.data === 'string' ? parsed.data : parsed.data.e164;
  return ok(
    {
      channel,
      value,
      blindIndex: ctx.blindIndex(channel, indexForm(channel, value)),
      masked: channel === 'phone' ? maskPhone(value) : maskEmail(value),
    },
    parsed.warnings,
  );
}

/** Reads a login (phone or e-mail, CONTACT-1/2) without telling which failed. */
export function readLogin(ctx: AccountContext, input: string): ContactValue | undefined {
  const trimmed = input.trim();
  const r = readContact(ctx, trimmed.includes('@') ? 'email' : 'phone', trimmed, ['login']);
  return r.success ? r.data : undefined;
}

/** The stored form of a contact, encrypted for its record and field (ACC-10). */
export function storeContact(
  ctx: AccountContext,
  contact: ContactValue,
  context: string,
  confirmedAt?: number,
): StoredContact {
  return {
    value: ctx.pii.encrypt(contact.value, context),
    blindIndex: contact.blindIndex,
    masked: contact.masked,
    ...(confirmedAt === undefined ? {} : { confirmedAt }),
  };
}

/** The PII context of a field of an account or draft. */
export function piiContext(kind: 'account' | 'draft', id: string, field: string): string {
  return `${kind}:${id}:${field}`;
}
