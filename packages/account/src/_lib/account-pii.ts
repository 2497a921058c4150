import type { AccountRecord, StoredDocument } from '@kabinet/ports';
import type { PasswordContext } from '@kabinet/validators/password';
import type { AccountContext } from '../context/account-context.js';
import { piiContext } from './contact-values.js';
import type { PersonalData } from './parse-personal.js';

/** The decrypted personal data of an account (only for the call that needs it). */
export function readPersonal(
  ctx: AccountContext,
  account: Pick<AccountRecord, 'id' | 'personal'>,
): PersonalData {
  return ctx.pii.decryptJson<PersonalData>(
    account.personal,
    piiContext('account', account.id, 'personal'),
  );
}

/** The decrypted fields of a stored document. */
export function readDocument(
  ctx: AccountContext,
  ownerKind: 'account' | 'draft',
  ownerId: string,
  doc: StoredDocument,
): Record<string, string> {
  return ctx.pii.decryptJson<Record<string, string>>(
    doc.data,
    piiContext(ownerKind, ownerId, `document:${doc.id}`),
  );
}

/** A decrypted contact of an account. */
export function readContactValue(
  ctx: AccountContext,
  account: Pick<AccountRecord, 'id' | 'phone' | 'email'>,
  channel: 'phone' | 'email',
): string {
  return ctx.pii.decrypt(account[channel].value, piiContext('account', account.id, channel));
}

/** The names a password must not be built from (S-1), in Cyrillic and Latin letters. */
export function passwordNames(personal: PersonalData | undefined): string[] {
  if (personal === undefined) return [];
  return [
    personal.surname,
    personal.givenNames,
    personal.patronymic,
    personal.latinSurname,
    personal.latinGivenNames,
  ].filter((n): n is string => n !== undefined);
}

/** The context words a password must not be built from (S-1): names, contacts, document numbers. */
export function passwordContextOf(ctx: AccountContext, account: AccountRecord): PasswordContext {
  const personal = readPersonal(ctx, account);
  return {
    names: passwordNames(personal),
    email: readContactValue(ctx, account, 'email'),
    phone: readContactValue(ctx, account, 'phone'),
    documentNumbers: account.documents
      .map((d) => readDocument(ctx, 'account', account.id, d)['number'] ?? '')
      .filter((n) => n !== ''),
    words: [ctx.serviceName],
  };
}
