import type { MessageTemplate } from '@kabinet/core';
import type { ru } from './ru.js';

// English messages of the support requests area: the same keys as `ru.ts` (a missing key is a
// compile error; a test runs findCatalogueGaps too).
export const en: { readonly [K in keyof typeof ru]: MessageTemplate } = {
  'support_request.not_found': 'Support request not found',
  'support_request.closed': 'Support request No. {number} is closed: open a new one',
  'support_request.not_allowed':
    'Support request No. {number} is "{status}": this action is not available',
  'support_request.too_many_messages': 'The request already has {max} messages: open a new one',
  'support_request.number_format': 'A request number looks like YYYYMMDD-NNNN, e.g. 20270111-0042',

  'support_request.status.received': 'Received',
  'support_request.status.in_progress': 'In progress',
  'support_request.status.waiting_for_user': 'Waiting for your reply',
  'support_request.status.resolved': 'Resolved',
  'support_request.status.closed': 'Closed',

  'support_request.topic.access': 'Access problems',
  'support_request.topic.documents': 'Documents',
  'support_request.topic.payments': 'Payments',
  'support_request.topic.applications': 'Applications',
  'support_request.topic.appointments': 'Appointments',
  'support_request.topic.other': 'Other',

  'support_request.system.taken': 'The request was taken',
  'support_request.system.escalated':
    'The answer time has passed: the request went to a senior specialist',
  'support_request.system.resolved': 'Resolution',
  'support_request.system.account_unblocked': 'The account was unblocked',
  'support_request.system.access_restore_started':
    'Access restore started: a code went to the registered phone',

  'notice.support_request.received':
    'Support request No. {number} received. You will hear the result within {hours} h',
  'notice.support_request.taken': 'Support request No. {number} is being worked on',
  'notice.support_request.replied': 'Support replied to request No. {number}',
  'notice.support_request.info_requested':
    'Support needs information from you on request No. {number}',
  'notice.support_request.resolved': 'Support request No. {number} is resolved',
  'notice.support_request.reopened': 'Support request No. {number} is open again',
  'notice.support_request.closed': 'Support request No. {number} is closed',
  'notice.support_request.escalated':
    'Support request No. {number} is taking longer than usual and went to a senior specialist',
  'notice.support_request.account_unblocked': 'Your account was unblocked on request No. {number}',
  'notice.support_request.access_restore_started': 'Access restore started on request No. {number}',
};
