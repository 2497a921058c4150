import type { z } from 'zod';
import type { Result } from '@kabinet/core';
import type { Page, Stored } from '@kabinet/ports';
import type { ApplicationEvent } from './application-machine.js';
import type { ApplicationRecord, CertificateRecord } from './application-record.js';
import type { AgencyUpdate } from './agency-gateway.js';
import type { ServiceDefinition } from './service-definition.js';
import type { ApplicationIssueCode } from './application-messages.js';
import type { applicationsInputSchemas } from './applications-input-schemas.js';

/**
 * What a method of {@link ApplicationsService} takes: the input type of its schema in
 * `applicationsInputSchemas` (still checked at run time; bad input returns issues), so a
 * misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: ApplicationsInput<'createDraft'> = { accountId: 'acc_1', accountLevel: 'standard', serviceCode: 'arrival_notification' };
 * ```
 */
export type ApplicationsInput<K extends keyof typeof applicationsInputSchemas> = z.input<
  (typeof applicationsInputSchemas)[K]
>;

/**
 * An application as «Мои заявки» shows it: the record, the expected completion date
 * (recomputed: the clock stops while the authority waits for the user), the actions the
 * user may take now, and what submit still needs.
 *
 * @example
 * ```ts
 * const { application, expectedCompletion, actions, missing } = details;
 * actions; // ['edit', 'attach', 'submit', 'withdraw'] for a draft
 * ```
 */
export interface ApplicationDetails {
  /** The application as stored. */
  readonly application: Stored<ApplicationRecord>;
  /** ISO date in the authority's zone; absent once decided or withdrawn. */
  readonly expectedCompletion?: string;
  /** The user's events the table allows now. */
  readonly actions: readonly ApplicationEvent[];
  /** Required fields and attachment kinds not yet given. */
  readonly missing: {
    /** Names of required fields without a value. */
    readonly fields: readonly string[];
    /** Required attachment kinds without a file. */
    readonly attachments: readonly string[];
  };
}

/**
 * What happened to an authority's report: applied (the state moved or the request changed),
 * unchanged (a newer report of the same status), duplicate (its id was handled), stale (not
 * newer than the newest applied), not_allowed (the table refused it; journaled, with the issue
 * as a warning).
 *
 * @example
 * ```ts
 * const outcome: AgencyOutcome = { outcome: 'stale' };
 * ```
 */
export interface AgencyOutcome {
  /** What became of the report. */
  readonly outcome: 'applied' | 'unchanged' | 'duplicate' | 'stale' | 'not_allowed';
  /** The application after it (absent when the report names none of ours). */
  readonly application?: Stored<ApplicationRecord>;
}

/**
 * The applications service (SVC-1): drafts with a form and attachments, submit with a
 * confirmation number (level and paid duty checked), edit and withdraw until the hand-over to
 * the authority, the authority's reports (idempotent, any order), the answer to a request for
 * more information, and the received certificates (AUD-2). Bad input returns issues; a
 * non-object argument throws `ERR_INVALID_ARGUMENT`. Every method takes its schema's input type
 * ({@link ApplicationsInput}), so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const draft = await applications.createDraft({ accountId, accountLevel: 'confirmed', serviceCode: 'stay_registration' });
 * ```
 */
export interface ApplicationsService {
  /** The catalogue. */
  listServices(): readonly ServiceDefinition[];
  /** Starts a draft (the account level is checked now and again on submit). */
  createDraft(
    input: ApplicationsInput<'createDraft'>,
  ): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** Changes fields (draft or submitted, before the hand-over); `null` clears one. */
  edit(input: ApplicationsInput<'edit'>): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** Adds a file of a kind the service asks for (checked by its bytes and scanned: S-13). */
  attach(
    input: ApplicationsInput<'attach'>,
  ): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** Removes a file (before the hand-over). */
  removeAttachment(
    input: ApplicationsInput<'removeAttachment'>,
  ): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** Submits: every required field and file, the level, the paid duty; issues the confirmation number and notifies. */
  submit(
    input: ApplicationsInput<'submit'>,
  ): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** Withdraws (before the hand-over). */
  withdraw(
    input: ApplicationsInput<'one'>,
  ): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** Answers a request for more information once every asked-for kind has a new file: back to review. */
  answer(
    input: ApplicationsInput<'answer'>,
  ): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** One application of the account. */
  get(input: ApplicationsInput<'one'>): Promise<Result<ApplicationDetails, ApplicationIssueCode>>;
  /** The account's applications, newest first, in pages. */
  list(
    input: ApplicationsInput<'list'>,
  ): Promise<Result<Page<ApplicationDetails>, ApplicationIssueCode>>;
  /** The account's received certificates (AUD-2), newest first. */
  listCertificates(
    input: ApplicationsInput<'list'>,
  ): Promise<Result<Page<Stored<CertificateRecord>>, ApplicationIssueCode>>;
  /** A certificate with its bytes. */
  readCertificate(input: ApplicationsInput<'certificate'>): Promise<
    Result<
      {
        /** The certificate as listed. */
        certificate: Stored<CertificateRecord>;
        /** The document's bytes. */
        bytes: Uint8Array;
      },
      ApplicationIssueCode
    >
  >;
  /**
   * The tick the integrator calls (or a timer): hands due submitted applications to the
   * authority and retries failed hand-overs.
   */
  passDue(input?: ApplicationsInput<'tick'>): Promise<{
    /** Applications handed over (or answers delivered) in this tick. */
    readonly passed: number;
    /** Hand-overs that failed and stay due. */
    readonly failed: number;
  }>;
  /**
   * Re-seals a page of forms under the cipher's current key after a rotation of the
   * `pii-encryption` key (S-12); resumable by cursor. Not journaled: no application changes.
   */
  resealForms(input?: ApplicationsInput<'reseal'>): Promise<
    Result<
      {
        /** Forms re-sealed in this page. */
        resealed: number;
        /** Where the next page starts; absent after the last. */
        nextCursor?: string;
      },
      ApplicationIssueCode
    >
  >;
  /** Applies an authority report (from an in-process gateway, or after `parseCallback`). */
  receiveAgencyUpdate(update: AgencyUpdate): Promise<Result<AgencyOutcome, ApplicationIssueCode>>;
  /** Authenticates and applies a callback's exact bytes (the HTTP route's entry). */
  handleAgencyCallback(
    input: ApplicationsInput<'callback'>,
  ): Promise<Result<AgencyOutcome, ApplicationIssueCode>>;
}
