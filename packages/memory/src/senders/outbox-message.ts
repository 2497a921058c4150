import type { DeliveryResult, MessagePurpose } from '@kabinet/ports';

/** The channel a message went through. */
export type OutboxChannel = 'sms' | 'email' | 'push';

/**
 * What every recorded message carries, whatever its channel.
 *
 * @example
 * ```ts
 * const { seq, to, purpose, sentAt, result } = outbox.messages[0]!;
 * ```
 */
export interface OutboxEnvelope {
  /** 1, 2, 3, … in the order the senders were called. */
  readonly seq: number;
  /** Who it went to: the E.164 number, the e-mail address, or the account id for push. */
  readonly to: string;
  /** Why it was sent. */
  readonly purpose: MessagePurpose;
  /** Epoch ms (from the outbox's clock) when the sender was called. */
  readonly sentAt: number;
  /** What the sender answered (`failed` when a failure was injected). */
  readonly result: DeliveryResult;
}

/**
 * An SMS the outbox recorded.
 *
 * @example
 * ```ts
 * const sms = outbox.messages.find((m): m is OutboxSms => m.channel === 'sms');
 * ```
 */
export interface OutboxSms extends OutboxEnvelope {
  /** Always `sms`. */
  readonly channel: 'sms';
  /** The message text. */
  readonly text: string;
}

/**
 * An e-mail the outbox recorded.
 *
 * @example
 * ```ts
 * const mail = outbox.lastTo('user@example.ru') as OutboxEmail;
 * ```
 */
export interface OutboxEmail extends OutboxEnvelope {
  /** Always `email`. */
  readonly channel: 'email';
  /** The subject line. */
  readonly subject: string;
  /** The plain-text body. */
  readonly text: string;
}

/**
 * A push notification the outbox recorded (`to` is the account id).
 *
 * @example
 * ```ts
 * const push = outbox.lastTo('acc_1') as OutboxPush;
 * ```
 */
export interface OutboxPush extends OutboxEnvelope {
  /** Always `push`. */
  readonly channel: 'push';
  /** The account whose devices it went to (same as `to`). */
  readonly accountId: string;
  /** The notification title. */
  readonly title: string;
  /** The notification body. */
  readonly body: string;
}

/**
 * A message the outbox recorded, by channel.
 *
 * @example
 * ```ts
 * const last = outbox.lastTo('+79161234567');
 * if (last?.channel === 'sms') console.log(last.text);
 * ```
 */
export type OutboxMessage = OutboxSms | OutboxEmail | OutboxPush;

/**
 * A failure to inject into the next sends.
 *
 * @example
 * ```ts
 * outbox.failNext({ channel: 'sms', reason: 'gateway timeout', retryable: true, times: 2 });
 * ```
 */
export interface InjectedFailure {
  /** Only sends on this channel fail (default: any channel). */
  readonly channel?: OutboxChannel;
  /** The failure reason the sender reports (default `injected failure`). */
  readonly reason?: string;
  /** Whether the caller may retry (default `true`). */
  readonly retryable?: boolean;
  /** How many sends fail (default 1). */
  readonly times?: number;
}
