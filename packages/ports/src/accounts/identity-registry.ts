import type { DocumentKind, IdentityCheckKind, UserType } from './account-types.js';

/** One identity document as sent to the registry (decrypted only for the call). */
export interface RegistryDocument {
  /** Which document. */
  readonly kind: DocumentKind;
  /** Normalized number (series and number together where the document has both). */
  readonly number: string;
  /** ISO `YYYY-MM-DD`. */
  readonly issuedOn?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly expiresOn?: string;
  /** ISO 3166-1 alpha-3 issuing country, where known. */
  readonly country?: string;
}

/** The person a registry check is about. */
export interface RegistryPerson {
  /** Surname in Cyrillic, as in Russian documents. */
  readonly surname: string;
  /** Given names in Cyrillic. */
  readonly givenNames: string;
  /** Patronymic, when there is one. */
  readonly patronymic?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** ISO 3166-1 alpha-3. */
  readonly citizenship: string;
}

/** What the portal asks a state registry to check (МВД, СФР, ФНС, …). */
export interface RegistryCheckRequest {
  /** The identity check this request belongs to; stable across retries. */
  readonly checkId: string;
  /** The account checked. */
  readonly accountId: string;
  /** Its user type (a permit holder's permit and SNILS are checked too). */
  readonly userType: UserType;
  /** The documents check or a confirmation method. */
  readonly kind: IdentityCheckKind;
  /** The person as in the documents. */
  readonly person: RegistryPerson;
  /** The documents to check. */
  readonly documents: readonly RegistryDocument[];
  /** The address in Russia as one line, when the profile has one. */
  readonly address?: string;
}

/** Why a field did not pass the registry check. */
export type RegistryDefectReason = 'not_found' | 'mismatch' | 'expired' | 'invalid' | 'unreadable';

/**
 * One concrete defect found by the registry (ACC-5): the field, the reason and, for a
 * document field, which document.
 */
export interface RegistryDefect {
  /** Dot path of the field, e.g. `person.surname`, `documents.residence_permit.number`. */
  readonly field: string;
  /** What is wrong with it. */
  readonly reason: RegistryDefectReason;
  /** The document the field belongs to, for a document field. */
  readonly document?: DocumentKind;
}

/**
 * The outcome of one registry look-up: confirmed, a mismatch with its defects, or delayed
 * (the registry is busy or its daily limit is spent — OTP-7) with when to ask again.
 */
export type RegistryCheckOutcome = RegistryConfirmed | RegistryMismatch | RegistryDelayed;

/** The registry confirmed the data (Подтверждён). */
export interface RegistryConfirmed {
  /** The outcome. */
  readonly status: 'confirmed';
  /** The registry's reference, if it gives one. */
  readonly reference?: string;
}

/** The registry found defects: a clarification request follows (ACC-5). */
export interface RegistryMismatch {
  /** The outcome. */
  readonly status: 'mismatch';
  /** The concrete defects. */
  readonly defects: readonly RegistryDefect[];
}

/** The registry cannot answer now: ask again later. */
export interface RegistryDelayed {
  /** The outcome. */
  readonly status: 'delayed';
  /** How long to wait before asking again, ms. */
  readonly retryAfterMs: number;
}

/**
 * The state registries that check identity data. The portal's real checks are outside the
 * SDK; `@kabinet/memory` has an adapter that simulates their outcomes.
 *
 * @example
 * ```ts
 * const registry: IdentityRegistry = {
 *   async check(request) {
 *     const answer = await mvd.verify(request.documents);
 *     return answer.ok ? { status: 'confirmed' } : { status: 'mismatch', defects: answer.defects };
 *   },
 * };
 * ```
 */
export interface IdentityRegistry {
  /** Checks the person and documents; never throws for a negative answer. */
  check(request: RegistryCheckRequest): Promise<RegistryCheckOutcome>;
}
