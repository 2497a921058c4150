import type { Result } from '@kabinet/core';
import type { FieldValue } from './application-record.js';
import type { ApplicationIssueCode } from './application-messages.js';

/**
 * What the service hands to the authority: the application's form, the files by blob id,
 * and our id, which the authority quotes in every report (and which makes `submit`
 * idempotent: the same id gives the same case).
 *
 * @example
 * ```ts
 * const submission: AgencySubmission = { applicationId: 'app_1', number: 'ZV-2027-4820175', serviceCode: 'stay_registration', accountId: 'acc_1', fields: {}, attachments: [] };
 * ```
 */
export interface AgencySubmission {
  /** Our application id: the authority quotes it in every report, and it makes `submit` idempotent. */
  readonly applicationId: string;
  /** The confirmation number the user was given. */
  readonly number: string;
  /** The catalogue service applied for. */
  readonly serviceCode: string;
  /** The applicant's account. */
  readonly accountId: string;
  /** The form, field name → value as entered. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** The attached files, by blob id. */
  readonly attachments: readonly {
    /** Which required attachment of the service it is. */
    readonly kind: string;
    /** Where its bytes are. */
    readonly blobId: string;
    /** Its media type, judged from the bytes. */
    readonly mediaType: string;
  }[];
}

/**
 * The statuses the authority reports.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const status: AgencyStatus = 'info_required';
 * ```
 */
export type AgencyStatus = 'under_review' | 'info_required' | 'approved' | 'rejected';

/**
 * The user's answer to a request for more information, as the authority receives it.
 *
 * @example
 * ```ts
 * const answer: AgencySupplement = { applicationId: 'app_1', answeredAt: 0, attachments: [{ kind: 'lease_contract', blobId: 'blob_2', mediaType: 'application/pdf' }] };
 * ```
 */
export interface AgencySupplement {
  /** Our application id, as in the submission. */
  readonly applicationId: string;
  /** Epoch ms of the user's answer (with the application id, what makes `supplement` idempotent). */
  readonly answeredAt: number;
  /** The files uploaded since the request. */
  readonly attachments: AgencySubmission['attachments'];
  /** The user's note with the answer. */
  readonly note?: string;
}

/**
 * One status report of the authority about a case. Reports arrive at least once and in any
 * order: `eventId` names the report (a duplicate is ignored) and `sequence` orders a case's
 * reports (one not newer than the newest applied is stale and ignored).
 *
 * @example
 * ```ts
 * const update: AgencyUpdate = { eventId: 'evt_7', applicationId: 'app_1', caseRef: 'MVD-1', sequence: 3, status: 'approved', at: Date.now(), document: { id: 'doc_1', title: 'Справка' } };
 * ```
 */
export interface AgencyUpdate {
  /** The report's own id. */
  readonly eventId: string;
  /** Our application id, as given in the submission. */
  readonly applicationId: string;
  /** The authority's case reference. */
  readonly caseRef: string;
  /** Orders the reports of one case (higher is newer). */
  readonly sequence: number;
  /** The status the authority reports. */
  readonly status: AgencyStatus;
  /** Epoch ms the authority decided it. */
  readonly at: number;
  /** For `rejected`: reason codes. */
  readonly reasons?: readonly string[];
  /** For `info_required`: the attachment kinds asked for, a note, and the authority's own deadline. */
  readonly infoRequest?: {
    /** The attachment kinds asked for. */
    readonly items: readonly string[];
    /** The authority's note. */
    readonly note?: string;
    /** Epoch ms by which the authority wants the answer. */
    readonly dueBy?: number;
  };
  /** For `approved`: the issued document, fetched with {@link AgencyGateway.fetchDocument}. */
  readonly document?: {
    /** The document's id at the authority. */
    readonly id: string;
    /** Its title (it becomes the certificate's). */
    readonly title: string;
  };
}

/**
 * The bytes of a document the authority issued.
 *
 * @example
 * ```ts
 * const doc: AgencyDocument = { mediaType: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };
 * ```
 */
export interface AgencyDocument {
  /** Its media type. */
  readonly mediaType: string;
  /** Its bytes. */
  readonly bytes: Uint8Array;
}

/**
 * The authority's side of applications (an "agency gateway"): submit a case, read its
 * callbacks (authenticating them), and fetch issued documents. `createSimulatedAgency` is
 * an in-process one for demos and tests.
 *
 * @example
 * ```ts
 * const { caseRef } = await agency.submit(submission); // the same applicationId gives the same caseRef
 * const update = await agency.parseCallback({ body, headers }); // Result<AgencyUpdate>, `application.callback.signature` when forged
 * ```
 */
export interface AgencyGateway {
  /**
   * Hands the case to the authority; idempotent by `applicationId`.
   * @throws KabinetError `ERR_UNAVAILABLE` when the authority cannot be reached (the service retries later)
   */
  submit(submission: AgencySubmission): Promise<{
    /** The authority's case reference (the same for the same application id). */
    readonly caseRef: string;
  }>;
  /**
   * Sends the user's answer to an information request (the files uploaded since the request
   * and the note); idempotent by `applicationId` and `answeredAt`.
   * @throws KabinetError `ERR_UNAVAILABLE` when the authority cannot be reached (the service retries later)
   */
  supplement(caseRef: string, answer: AgencySupplement): Promise<void>;
  /** Authenticates and reads a callback's exact bytes: `application.callback.signature` or `application.callback.malformed` on failure. */
  parseCallback(input: {
    /** The callback's exact body (the signature covers these bytes). */
    readonly body: string;
    /** Its headers, names in lower case. */
    readonly headers: Readonly<Record<string, string>>;
  }): Promise<Result<AgencyUpdate, ApplicationIssueCode>>;
  /**
   * The bytes of an issued document.
   * @throws KabinetError `ERR_UNAVAILABLE` when the authority cannot be reached
   */
  fetchDocument(caseRef: string, documentId: string): Promise<AgencyDocument>;
}
