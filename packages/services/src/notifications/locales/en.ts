import type { MessageTemplate } from '@kabinet/core';
import type { ru } from './ru.js';

// English messages of the notifications area: the same keys as `ru.ts` (a missing key is a
// compile error; a test runs findCatalogueGaps too).
export const en: { readonly [K in keyof typeof ru]: MessageTemplate } = {
  'notifications.not_found': 'Notification not found',
  'notifications.preferences.channel_required':
    'Notices of kind "{kind}" need at least one channel',
  'notifications.preferences.duplicate_channel': 'A channel is named twice for "{kind}"',

  'notice.kind.application': 'Applications',
  'notice.kind.appointment': 'Appointments',
  'notice.kind.payment': 'Payments',
  'notice.kind.support': 'Support requests',
  'notice.kind.security': 'Security',
  'notice.generic': 'New message',

  'notice.channel.email.subject': 'New message in your personal account',
  'notice.channel.email.text':
    'Hello! You have a new message in your personal account. Open "Notifications" to read it. This e-mail carries no details: official messages come only through your personal account.',
  'notice.channel.sms.text':
    'You have a new message in your personal account. Read it under "Notifications".',
  'notice.channel.push.title': 'Personal account',
  'notice.channel.push.body': 'You have a new message in your personal account',
};
