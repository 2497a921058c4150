import type { DocumentKind, IdentityCheckKind, UserType } from './account-types.js';

/** One identity document as sent to the registry (decrypted only for the call). */
export interface RegistryDocument {
  readonly kind: DocumentKind;
  /** Normalised number (series and number together where the document has both). */
  readonly number: string;
  /** ISO `YYYY-MM-DD`. */
  readonly issuedOn?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly expiresOn?: string;
  /** ISO 3166-1 alpha-3 issuing country, where known. */
  readonly country?: string;
}

/** What the portal asks a state registry to check (МВД, СФР, ФНС, …). */
export interface RegistryCheckRequest {
  /** The identity check this request belongs to; stable across retries. */
  readonly checkId: string;
  readonly accountId: string;
  readonly userType: UserType;
  readonly kind: IdentityCheckKind;
  readonly person: {
    readonly surname: string;
    readonly givenNames: string;
    readonly patronymic?: string;
    /** ISO `YYYY-MM-DD`. */
    readonly birthDate: string;
    /** ISO 3166-1 alpha-3. */
    readonly citizenship: string;
  };
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
  readonly reason: RegistryDefectReason;
  readonly document?: DocumentKind;
}

/**
 * The outcome of one registry look-up: confirmed, a mismatch with its defects, or delayed
 * (the registry is busy or its daily limit is spent — OTP-7) with when to ask again.
 */
export type RegistryCheckOutcome =
  | { readonly status: 'confirmed'; readonly reference?: string }
  | { readonly status: 'mismatch'; readonly defects: readonly RegistryDefect[] }
  | { readonly status: 'delayed'; readonly retryAfterMs: number };

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
