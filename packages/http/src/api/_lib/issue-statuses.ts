// Every issue code that can reach an HTTP answer, with its status declared beside it in its
// area's table (`issue-statuses/<area>.ts`), one by one. A test (`http-status-of-issue.test.ts`)
// fails when a code of the catalogues (`kabinetMessages` and `httpMessages`, the source of
// docs/error-codes.md) is declared in no table or in two, or when a declared code is in no
// catalogue.
import { accountIssueStatuses } from './issue-statuses/account.js';
import { applicationIssueStatuses } from './issue-statuses/applications.js';
import { appointmentIssueStatuses } from './issue-statuses/appointments.js';
import { auditIssueStatuses } from './issue-statuses/audit.js';
import { coreIssueStatuses } from './issue-statuses/core.js';
import { httpIssueStatuses } from './issue-statuses/http.js';
import type { IssueStatus, IssueStatusTable } from './issue-statuses/issue-status-table.js';
import { notificationIssueStatuses } from './issue-statuses/notifications.js';
import { otpIssueStatuses } from './issue-statuses/otp.js';
import { paymentIssueStatuses } from './issue-statuses/payments.js';
import { supportRequestIssueStatuses } from './issue-statuses/support-requests.js';
import { documentValidatorIssueStatuses } from './issue-statuses/validators-documents.js';
import { personalValidatorIssueStatuses } from './issue-statuses/validators-personal.js';

/** Every area's table: each code of the catalogues stands in exactly one. */
export const ISSUE_STATUS_TABLES: readonly IssueStatusTable<string>[] = [
  httpIssueStatuses,
  coreIssueStatuses,
  documentValidatorIssueStatuses,
  personalValidatorIssueStatuses,
  otpIssueStatuses,
  auditIssueStatuses,
  accountIssueStatuses,
  paymentIssueStatuses,
  applicationIssueStatuses,
  appointmentIssueStatuses,
  notificationIssueStatuses,
  supportRequestIssueStatuses,
];

const declared = ISSUE_STATUS_TABLES.flatMap((table) => Object.entries(table));

/**
 * Issue codes with a status of their own: an answer whose top-level `error.code` is one of them
 * gets this status.
 */
export const ISSUE_STATUS: Readonly<Record<string, IssueStatus>> = Object.fromEntries(
  declared.flatMap(([code, status]) => (status === null ? [] : [[code, status]])),
);

/**
 * Codes without a status of their own: input problems, listed in the `error.issues[]` of a 422
 * answer (whose top-level code is the issue's own when it is the only one,
 * `http.validation_failed` when there are several); warnings on a success
 * (`password.length_recommended`); audit findings and actions shown in the journal; and messages
 * sent to people (`notice.*`), which are never an HTTP answer.
 */
export const CODES_WITHOUT_STATUS: ReadonlySet<string> = new Set(
  declared.flatMap(([code, status]) => (status === null ? [code] : [])),
);
