import type {
  AccountRecord,
  IdentityConfirmationRecord,
  RegistryCheckRequest,
} from '@kabinet/ports';
import { formatAddress } from '@kabinet/validators/address';
import type { AccountContext } from '../context/account-context.js';
import { readDocument, readPersonal } from './account-pii.js';
import type { IdentityCheckEvent } from '../machine/identity-check-machines.js';

/** What a registry look-up decided, as a check event and the fields it sets. */
export interface RegistryStep {
  readonly event: Extract<
    IdentityCheckEvent,
    'registry_confirmed' | 'registry_mismatch' | 'registry_delayed'
  >;
  readonly patch: Partial<IdentityConfirmationRecord>;
  /** For the journal: the outcome without personal data. */
  readonly outcome: {
    readonly status: string;
    readonly defects?: readonly { field: string; reason: string }[];
    readonly retryAt?: number;
    readonly limited?: boolean;
  };
}

/** The request the registry gets: the person and the documents, decrypted only for the call. */
export function registryRequest(
  ctx: AccountContext,
  account: AccountRecord,
  check: IdentityConfirmationRecord,
): RegistryCheckRequest {
  const personal = readPersonal(ctx, account);
  const documents = account.documents.map((doc) => {
    const fields = readDocument(ctx, 'account', account.id, doc);
    const number =
      doc.kind === 'residence_permit'
        ? `${fields['series'] ?? ''}${fields['number'] ?? ''}`
        : (fields['number'] ?? '');
    return {
      kind: doc.kind,
      number,
      ...(fields['issueDate'] === undefined ? {} : { issuedOn: fields['issueDate'] }),
      ...(doc.expiresOn === undefined ? {} : { expiresOn: doc.expiresOn }),
      ...(fields['country'] === undefined || fields['country'] === ''
        ? {}
        : { country: fields['country'] }),
    };
  });
  return {
    checkId: check.id,
    accountId: account.id,
    userType: account.userType,
    kind: check.kind,
    person: {
      surname: personal.surname,
      givenNames: personal.givenNames,
      ...(personal.patronymic === undefined ? {} : { patronymic: personal.patronymic }),
      birthDate: personal.birthDate,
      citizenship: personal.citizenship,
    },
    documents,
    ...(personal.address === undefined ? {} : { address: formatAddress(personal.address) }),
  };
}

/**
 * One registry look-up for a check in `checking` (ACC-5, OTP-7): counted against the
 * account's daily look-ups first — over the limit, the check is delayed to the next day
 * without asking the registry — then the outcome becomes a check event: confirmed, a
 * mismatch with its defects and the 48-hour deadline, or a delay with the time to retry.
 */
export async function lookUpRegistry(
  ctx: AccountContext,
  account: AccountRecord,
  check: IdentityConfirmationRecord,
  now: number,
): Promise<RegistryStep> {
  const reserved = await ctx.lockout.reserveLookup({ subject: account.id });
  if (!reserved.allowed) {
    return {
      event: 'registry_delayed',
      patch: {
        retryAt: reserved.retryAt,
        registryChecks: [...check.registryChecks, { at: now, status: 'delayed' }],
      },
      outcome: { status: 'delayed', retryAt: reserved.retryAt, limited: true },
    };
  }
  const answer = await ctx.registry.check(registryRequest(ctx, account, check));
  switch (answer.status) {
    case 'confirmed': {
      return {
        event: 'registry_confirmed',
        patch: {
          defects: [],
          registryChecks: [
            ...check.registryChecks,
            {
              at: now,
              status: 'confirmed',
              ...(answer.reference === undefined ? {} : { reference: answer.reference }),
            },
          ],
        },
        outcome: { status: 'confirmed' },
      };
    }
    case 'mismatch':
      return {
        event: 'registry_mismatch',
        patch: {
          defects: answer.defects,
          deadline: now + ctx.policy.clarificationDeadlineMs,
          registryChecks: [
            ...check.registryChecks,
            { at: now, status: 'mismatch', defects: answer.defects },
          ],
        },
        outcome: {
          status: 'mismatch',
          defects: answer.defects.map((d) => ({ field: d.field, reason: d.reason })),
        },
      };
    default: {
      const retryAt = now + Math.max(1_000, answer.retryAfterMs);
      return {
        event: 'registry_delayed',
        patch: {
          retryAt,
          registryChecks: [...check.registryChecks, { at: now, status: 'delayed' }],
        },
        outcome: { status: 'delayed', retryAt },
      };
    }
  }
}
