// Registers an active foreign-citizen account through the SDK (draft, passport, migration
// card, phone and e-mail confirmed with the outbox's codes, password, terms), for HTTP tests
// that need a signed-in user. The caller picks unique contacts and document numbers.
import type { Kabinet } from 'kabinet';

/** The account to register: contacts, password and the documents' numbers and dates. */
export interface AccountToRegister {
  readonly phone: string;
  readonly email: string;
  readonly password: string;
  /** A foreign passport number (`AC1234567`). */
  readonly passport: string;
  /** A migration card number (`4013 1234567`) and its dates (`DD.MM.YYYY`). */
  readonly migrationCard: {
    readonly number: string;
    readonly entryDate: string;
    readonly stayUntil: string;
  };
}

function must<T>(result: { success: boolean; data?: T; issues?: unknown }): T {
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data as T;
}

/** Registers the account and returns its id; throws with the issues when a step fails. */
export async function registerAccount(
  kabinet: Kabinet,
  who: AccountToRegister,
): Promise<{ accountId: string }> {
  const r = kabinet.registration;
  const outbox = kabinet.dev.outbox!;
  const started = must<{ draftId: string; resumeToken: string }>(
    await r.start({ userType: 'foreign_citizen' }),
  );
  const access = { draftId: started.draftId, resumeToken: started.resumeToken };
  must(
    await r.savePersonalData({
      ...access,
      personal: {
        surname: 'Каримов',
        givenNames: 'Азиз',
        latinSurname: 'KARIMOV',
        latinGivenNames: 'AZIZ',
        birthDate: '17.05.1990',
        citizenship: 'UZB',
      },
    }),
  );
  must(
    await r.addDocument({
      ...access,
      document: {
        kind: 'foreign_passport',
        number: who.passport,
        country: 'UZB',
        issueDate: '10.01.2020',
        expiryDate: '09.01.2030',
      },
    }),
  );
  must(
    await r.addDocument({ ...access, document: { kind: 'migration_card', ...who.migrationCard } }),
  );
  must(await r.setContacts({ ...access, phone: who.phone, email: who.email }));
  for (const channel of ['phone', 'email'] as const) {
    must(await r.requestCode({ ...access, channel }));
    must(
      await r.confirmCode({
        ...access,
        channel,
        code: outbox.lastCode(channel === 'phone' ? who.phone : who.email)!,
      }),
    );
  }
  must(await r.setPassword({ ...access, password: who.password }));
  must(await r.acceptTerms({ ...access, termsVersion: kabinet.policy.termsVersion }));
  return must<{ accountId: string }>(await r.create(access));
}
