import type { ApplicationStatus } from './application-machine.js';

/**
 * A JSON value of a form field, as the user entered it (checked by the field's validator).
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const value: FieldValue = { series: '82', number: '1234567' };
 * ```
 */
export type FieldValue =
  string | number | boolean | null | readonly FieldValue[] | { readonly [key: string]: FieldValue };

/**
 * A file attached to an application (its bytes are in the blob store).
 *
 * @example
 * ```ts
 * const file: ApplicationAttachment = { id: 'att_1', kind: 'passport_scan', blobId: 'blob_1', mediaType: 'image/jpeg', size: 120_000, uploadedAt: 0 };
 * ```
 */
export interface ApplicationAttachment {
  /** The attachment's id. */
  readonly id: string;
  /** Which required attachment of the service it is (`passport_scan`, `lease_contract`, …). */
  readonly kind: string;
  /** Where its bytes are. */
  readonly blobId: string;
  /** Judged from the bytes. */
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  /** The name the client gave, if any. */
  readonly name?: string;
  /** Epoch ms. */
  readonly uploadedAt: number;
}

/**
 * The authority's request for more information («Требуется дополнительная информация»).
 *
 * @example
 * ```ts
 * const request: InfoRequest = { requestedAt: 0, dueBy: 42 * 86_400_000, items: ['lease_contract'] };
 * ```
 */
export interface InfoRequest {
  /** Epoch ms. */
  readonly requestedAt: number;
  /** Epoch ms by which the user is asked to answer. */
  readonly dueBy: number;
  /** The attachment kinds the authority asks for (each must be uploaded again before answering). */
  readonly items: readonly string[];
  /** The authority's note (a code or short text). */
  readonly note?: string;
  /** Epoch ms of the user's answer. */
  readonly answeredAt?: number;
  /** The user's note with the answer. */
  readonly answerNote?: string;
}

/**
 * The authority's decision on an application.
 *
 * @example
 * ```ts
 * const decision: ApplicationDecision = { outcome: 'rejected', at: 0, reasons: ['documents_invalid'] };
 * ```
 */
export interface ApplicationDecision {
  /** Approved or rejected. */
  readonly outcome: 'approved' | 'rejected';
  /** Epoch ms. */
  readonly at: number;
  /** Reason codes of a rejection. */
  readonly reasons: readonly string[];
  /** The certificate issued with an approval (see `listCertificates`). */
  readonly certificateId?: string;
}

/**
 * One step of an application's history, as shown in «Мои заявки».
 *
 * @example
 * ```ts
 * const step: ApplicationStep = { status: 'submitted', at: 0, by: 'account' };
 * ```
 */
export interface ApplicationStep {
  /** The state entered. */
  readonly status: ApplicationStatus;
  /** Epoch ms. */
  readonly at: number;
  /** Who moved it: the user, the service, or the authority. */
  readonly by: 'account' | 'system' | 'agency';
}

/**
 * An application as stored in the `applications` collection (SVC-1). `ownerId` is the account,
 * `dueAt` is set while the service still has to pass it to the authority.
 *
 * @example
 * ```ts
 * const app: ApplicationRecord = { id: 'app_1', ownerId: 'acc_1', serviceCode: 'stay_registration', status: 'draft', fields: {}, attachments: [], history: [], agencySeq: 0, agencyEvents: [], pausedMs: 0, createdAt: 0, updatedAt: 0 };
 * ```
 */
export interface ApplicationRecord {
  /** The application's id. */
  readonly id: string;
  /** The account that owns it. */
  readonly ownerId: string;
  /** The catalogue service applied for. */
  readonly serviceCode: string;
  /** Its state in `applicationMachine`. */
  readonly status: ApplicationStatus;
  /** The form, field name → value. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** The files attached, each judged by its bytes (FILE-1). */
  readonly attachments: readonly ApplicationAttachment[];
  /** Every state entered, in order. */
  readonly history: readonly ApplicationStep[];
  /** The confirmation number, issued on submit. */
  readonly number?: string;
  /** The paid duty's payment, recorded on submit. */
  readonly dutyPaymentId?: string;
  /** Epoch ms of the submit. */
  readonly submittedAt?: number;
  /** Epoch ms it was passed to the authority (the processing clock starts). */
  readonly passedAt?: number;
  /** The authority's case reference, once it accepted the submission. */
  readonly agencyRef?: string;
  /** The highest sequence of an authority report applied. */
  readonly agencySeq: number;
  /** Ids of the authority's reports already handled (newest last, bounded by policy). */
  readonly agencyEvents: readonly string[];
  /** The open (or last) information request. */
  readonly infoRequest?: InfoRequest;
  /** Time spent waiting for the user, ms (the processing clock stops meanwhile). */
  readonly pausedMs: number;
  /** Epoch ms since when the clock is stopped (while `info_required`). */
  readonly pausedSince?: number;
  /** The authority's decision, once made. */
  readonly decision?: ApplicationDecision;
  /** The user's answer to an information request still has to reach the authority. */
  readonly supplementPending?: boolean;
  /** Epoch ms by which the service must pass it on (set in `submitted`, in `passed` without a case reference, and while an answer is undelivered). */
  readonly dueAt?: number;
  /** Epoch ms it was created. */
  readonly createdAt: number;
  /** Epoch ms of its last change. */
  readonly updatedAt: number;
}

/**
 * A received certificate (справка, decision) in the user's list (AUD-2), stored in the
 * `application_certificates` collection; its bytes are in the blob store.
 *
 * @example
 * ```ts
 * const cert: CertificateRecord = { id: 'cert_1', ownerId: 'acc_1', applicationId: 'app_1', serviceCode: 'residence_certificate', title: 'Справка', blobId: 'blob_1', mediaType: 'application/pdf', size: 900, issuedAt: 0 };
 * ```
 */
export interface CertificateRecord {
  /** The certificate's id. */
  readonly id: string;
  /** The account it was issued to. */
  readonly ownerId: string;
  /** The approved application. */
  readonly applicationId: string;
  /** Its service. */
  readonly serviceCode: string;
  /** The document's title as the authority gave it. */
  readonly title: string;
  /** Where its bytes are. */
  readonly blobId: string;
  /** The document's media type, judged from its bytes. */
  readonly mediaType: string;
  /** Its size in bytes. */
  readonly size: number;
  /** Epoch ms. */
  readonly issuedAt: number;
  /** The application's confirmation number. */
  readonly number?: string;
}
