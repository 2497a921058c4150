import type { AgencyStatus } from '../agency-gateway.js';
import type { ApplicationStatus } from '../application-machine.js';

/** What every entry about one application carries (`journalChange` adds it to a change's). */
type ApplicationPayload = {
  /** The application. */
  readonly applicationId: string;
};

/**
 * One report of the authority as journaled: written under `application.<reported status>`
 * when it moved the application or asked again for information, and under
 * `application.agency_update_unchanged` when it repeated the current status.
 */
export type AgencyReportPayload = ApplicationPayload & {
  readonly eventId: string;
  readonly sequence: number;
  /** The reported status (the one the action is named after, when it is). */
  readonly status: AgencyStatus;
  readonly caseRef: string;
  /** The authority's reasons, when the report gave any. */
  readonly reasons?: readonly string[];
};

/** Why a report changed nothing (`application.agency_update_ignored`). */
export type AgencyReportIgnored = 'duplicate' | 'stale' | 'not_allowed';

// The journal actions of applications (AUD-1), with their payloads as written today: `journal`,
// `journalChange` and `unit.append` check every entry against them at compile time.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** The user started a draft; `fields` are the names filled in (never their values). */
    'application.created': ApplicationPayload & {
      readonly serviceCode: string;
      readonly fields: readonly string[];
    };
    /** The user changed fields (names only) of a draft or a submitted application. */
    'application.edited': ApplicationPayload & {
      readonly fields: readonly string[];
      /** The status it was edited in. */
      readonly status: ApplicationStatus;
    };
    /** The user attached a file. */
    'application.attachment_added': ApplicationPayload & {
      readonly kind: string;
      readonly attachmentId: string;
      readonly mediaType: string;
      readonly size: number;
    };
    /** The user removed a file. */
    'application.attachment_removed': ApplicationPayload & {
      readonly attachmentId: string;
      readonly kind: string;
    };
    /** The user submitted: a confirmation number was issued (the duty's payment, if any). */
    'application.submitted': ApplicationPayload & {
      readonly number: string;
      readonly serviceCode: string;
      readonly dutyPaymentId?: string;
    };
    /** The user withdrew it before the hand-over. */
    'application.withdrawn': ApplicationPayload & {
      /** The status it was withdrawn from. */
      readonly from: ApplicationStatus;
      readonly number?: string;
    };
    /** The user answered a request for information (`note` is `true` when a note came with it). */
    'application.answered': ApplicationPayload & {
      /** The kinds of documents the authority asked for. */
      readonly items: readonly string[];
      readonly note?: true;
    };
    /** The service passed it to the authority. */
    'application.passed': ApplicationPayload & {
      readonly number?: string;
    };
    /** A call to the authority failed; it is tried again at `retryAt` (epoch ms). */
    'application.handover_failed': ApplicationPayload & {
      readonly what: 'submit' | 'supplement';
      readonly retryAt: number;
    };
    /** The authority opened a case. */
    'application.case_opened': ApplicationPayload & {
      readonly caseRef: string;
    };
    /** The user's answer was delivered to the authority. */
    'application.answer_delivered': ApplicationPayload & {
      readonly caseRef?: string;
    };
    /** Nothing was left to hand over: the application stopped being due. */
    'application.handover_settled': ApplicationPayload;
    /**
     * An event the table refused (DESIGN 2), from the user's path or from the authority's: the
     * status it was refused in, the event and the issue code. The user's path writes the
     * refusal's params as text, so both are typed as text here.
     */
    'application.event_rejected': ApplicationPayload & {
      readonly from: string;
      readonly event: string;
      readonly code: string;
    };
    /** A report of the authority that changed nothing. */
    'application.agency_update_ignored': ApplicationPayload & {
      readonly eventId: string;
      readonly sequence: number;
      readonly status: AgencyStatus;
      readonly reason: AgencyReportIgnored;
    };
    /** A report of the status the application already had (other than `info_required`). */
    'application.agency_update_unchanged': AgencyReportPayload;
    /** The authority took the application under review. */
    'application.under_review': AgencyReportPayload;
    /** The authority asked for more information (again, when it already had). */
    'application.info_required': AgencyReportPayload;
    /** The authority approved it. */
    'application.approved': AgencyReportPayload;
    /** The authority rejected it. */
    'application.rejected': AgencyReportPayload;
    /** The approval's document was stored and a certificate issued. */
    'application.certificate_issued': ApplicationPayload & {
      readonly certificateId: string;
      readonly title: string;
    };
    /** A callback failed authentication (about the authority, not an account). */
    'application.callback_rejected': {
      readonly reason: 'signature';
    };
  }
}
