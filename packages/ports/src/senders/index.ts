/**
 * SMS, e-mail and push sender ports with their delivery results.
 *
 * @module @kabinet/ports/senders
 */
export type {
  DeliveryResult,
  MessagePurpose,
  SmsMessage,
  EmailMessage,
  PushMessage,
  SmsSender,
  EmailSender,
  PushSender,
  Senders,
} from './senders.js';
