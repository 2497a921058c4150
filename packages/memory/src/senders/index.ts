/**
 * The outbox notifier: SMS, e-mail and push senders that record every message so tests and
 * demos can read the codes that were "sent".
 *
 * @example
 * ```ts
 * import { createOutbox } from '@kabinet/memory/senders';
 * const outbox = createOutbox();
 * outbox.lastCode('+79161234567');
 * ```
 *
 * @module @kabinet/memory/senders
 */
export { createOutbox, type Outbox, type OutboxOptions } from './create-outbox.js';
export type {
  InjectedFailure,
  OutboxChannel,
  OutboxEmail,
  OutboxEnvelope,
  OutboxMessage,
  OutboxPush,
  OutboxSms,
} from './outbox-message.js';
