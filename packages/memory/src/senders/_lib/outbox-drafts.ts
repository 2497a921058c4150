import type { EmailMessage, PushMessage, SmsMessage } from '@kabinet/ports';
import type { OutboxEmail, OutboxMessage, OutboxPush, OutboxSms } from '../outbox-message.js';

/** `Omit` that distributes over a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A message as the outbox records it, before it is numbered, stamped and answered. */
export type OutboxDraft = DistributiveOmit<OutboxMessage, 'seq' | 'sentAt' | 'result'>;

/** The record of an SMS. */
export const smsDraft = (m: SmsMessage): Omit<OutboxSms, 'seq' | 'sentAt' | 'result'> => ({
  channel: 'sms',
  to: m.to,
  text: m.text,
  purpose: m.purpose,
});

/** The record of an e-mail. */
export const emailDraft = (m: EmailMessage): Omit<OutboxEmail, 'seq' | 'sentAt' | 'result'> => ({
  channel: 'email',
  to: m.to,
  subject: m.subject,
  text: m.text,
  purpose: m.purpose,
});

/** The record of a push notification (`to` is the account id). */
export const pushDraft = (m: PushMessage): Omit<OutboxPush, 'seq' | 'sentAt' | 'result'> => ({
  channel: 'push',
  to: m.accountId,
  accountId: m.accountId,
  title: m.title,
  body: m.body,
  purpose: m.purpose,
});
