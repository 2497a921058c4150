import type { IssueParam, MessageTemplate } from '@kabinet/core';
import type { ru } from './ru.js';

// English messages of the applications area: the same keys as `ru.ts` (the type makes a
// missing key a compile error; a test runs findCatalogueGaps too).
const STATUSES: Readonly<Record<string, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  passed: 'Passed to the authority',
  under_review: 'Under review',
  info_required: 'More information required',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
const status = (p: Readonly<Record<string, IssueParam>>): string =>
  STATUSES[String(p['from'])] ?? String(p['from']);

export const en: { readonly [K in keyof typeof ru]: MessageTemplate } = {
  'application.not_found': 'Application not found',
  'application.service_unknown': 'No such service in the catalogue',
  'application.level_too_low': 'This service needs an account of the {required} level',
  'application.field_unknown': 'The form of this service has no such field',
  'application.field_too_large': 'The value is too large',
  'application.field_required': 'Fill in this field',
  'application.attachment_required': 'Attach this document',
  'application.attachment_kind_unknown': 'This service takes no documents of this kind',
  'application.attachment_not_found': 'File not found',
  'application.too_many_attachments': 'Too many files: at most {max}',
  'application.not_editable': (p) =>
    `The application can no longer be changed: it is "${status(p)}" (changes are possible until it is passed to the authority)`,
  'application.not_withdrawable': (p) =>
    `The application can no longer be withdrawn: it is "${status(p)}" (possible until it is passed to the authority)`,
  'application.transition_not_allowed': (p) =>
    `Not possible while the application is "${status(p)}"`,
  'application.duty_unpaid': 'Pay the state duty for this service first',
  'application.duty_already_used': 'This duty payment is already used by another application',
  'application.answer_incomplete': 'Upload the requested document before answering',
  'application.number_format': 'An application number looks like ZV-2027-1234567',
  'application.number_checksum':
    'The application number has a typo: its check digit does not match',
  'application.callback.malformed': 'The authority’s message could not be read',
  'application.callback.signature': 'Wrong signature on the authority’s message',
  'application.callback.unknown_case': 'The authority reported an unknown case',
  'application.certificate_not_found': 'Certificate not found',
  'application.status.draft': 'Draft',
  'application.status.submitted': 'Submitted',
  'application.status.passed': 'Passed to the authority',
  'application.status.under_review': 'Under review',
  'application.status.info_required': 'More information required',
  'application.status.approved': 'Approved',
  'application.status.rejected': 'Rejected',
  'application.status.withdrawn': 'Withdrawn',
  'notice.application.submitted': 'Application received, number {number}',
  'notice.application.withdrawn': 'Application {number} withdrawn',
  'notice.application.passed': 'Application {number} passed to the authority',
  'notice.application.under_review': 'Application {number} is under review',
  'notice.application.info_required': 'Application {number} needs more information by {dueBy}',
  'notice.application.info_reminder':
    'Reminder: answer the request on application {number} by {dueBy}',
  'notice.application.answered':
    'Your answer on application {number} was sent; the review continues',
  'notice.application.approved': 'Application {number} approved',
  'notice.application.rejected': 'Application {number} rejected',
};
