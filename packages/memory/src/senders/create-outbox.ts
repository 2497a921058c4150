import { systemClock, type Clock } from '@kabinet/core';
import type {
  DeliveryResult,
  EmailMessage,
  MessagePurpose,
  PushMessage,
  Senders,
  SmsMessage,
} from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';

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

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /** The clock that stamps `sentAt` (default the system clock). */
  readonly clock?: Clock;
  /** Messages kept; the oldest are dropped beyond it (default 1000), so a long demo stays bounded. */
  readonly maxMessages?: number;
  /**
   * Decides a failure per message (after any `failNext` injections): return a failed result
   * to fail it, or `undefined` to deliver it.
   */
  readonly fail?: (message: OutboxMessage) => DeliveryResult | undefined;
}

/**
 * {@link Senders} that deliver nothing and record everything, for tests and demos: read the
 * code a user "received" with {@link Outbox.lastCode}.
 *
 * @example
 * ```ts
 * const outbox = createOutbox();
 * const kabinet = createKabinet({ senders: outbox });
 * const code = outbox.lastCode('+79161234567');
 * ```
 */
export interface Outbox extends Senders {
  /** Every recorded message, oldest first (delivered and failed). */
  readonly messages: readonly OutboxMessage[];
  /**
   * The latest delivered message to an address (phone, e-mail, or account id for push).
   * E-mail addresses compare case-insensitively.
   */
  lastTo(address: string): OutboxMessage | undefined;
  /**
   * The digits of the latest code delivered to an address: the first match of `pattern` in
   * the newest delivered message that has one (its first capture group if it has one), with
   * everything but digits removed.
   */
  lastCode(address: string, pattern?: RegExp): string | undefined;
  /** Forgets every recorded message and pending injected failure. */
  clear(): void;
  /** Makes the next send(s) fail. */
  failNext(failure?: InjectedFailure): void;
}

/** A standalone code of 4 to 8 digits. */
const DEFAULT_CODE = /(?<!\d)\d{4,8}(?!\d)/;

/**
 * Creates an outbox: SMS, e-mail and push senders that record every message instead of
 * delivering it, so tests and the demo portal can read the one-time codes that were "sent".
 * Failures can be injected per call (`failNext`) or by a rule (`fail` option) to test retry
 * paths. Bounded: keeps the latest `maxMessages`.
 *
 * @param options - clock, bound and failure rule
 * @returns the outbox, usable wherever `Senders` are expected
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `maxMessages` is not a positive integer
 * @example
 * ```ts
 * import { createOutbox } from '@kabinet/memory';
 * const outbox = createOutbox();
 * await outbox.sms.send({ to: '+79161234567', text: 'Код подтверждения: 482913', purpose: 'registration-code' });
 * outbox.lastCode('+79161234567'); // '482913'
 * outbox.failNext({ channel: 'email' });
 * ```
 */
export function createOutbox(options: OutboxOptions = {}): Outbox {
  const clock = options.clock ?? systemClock;
  const maxMessages = options.maxMessages ?? 1_000;
  if (!Number.isInteger(maxMessages) || maxMessages < 1)
    invalidArgument('maxMessages must be a positive integer');
  let messages: OutboxMessage[] = [];
  let injected: { channel?: OutboxChannel; result: DeliveryResult }[] = [];
  let seq = 0;

  function deliver(
    draft: DistributiveOmit<OutboxMessage, 'seq' | 'sentAt' | 'result'>,
  ): DeliveryResult {
    seq += 1;
    const sent: DeliveryResult = { status: 'sent', providerMessageId: `outbox_${seq}` };
    const base = { ...draft, seq, sentAt: clock.now(), result: sent } as OutboxMessage;
    const index = injected.findIndex((f) => f.channel === undefined || f.channel === draft.channel);
    let result: DeliveryResult = sent;
    if (index >= 0) {
      result = injected[index]!.result;
      injected.splice(index, 1);
    } else {
      result = options.fail?.(base) ?? sent;
    }
    const recorded = { ...base, result } as OutboxMessage;
    messages.push(recorded);
    if (messages.length > maxMessages) messages = messages.slice(messages.length - maxMessages);
    return result;
  }

  function matches(message: OutboxMessage, address: string): boolean {
    if (message.result.status !== 'sent') return false;
    return address.includes('@')
      ? message.to.toLowerCase() === address.toLowerCase()
      : message.to === address;
  }

  function contentOf(message: OutboxMessage): string {
    switch (message.channel) {
      case 'sms':
        return message.text;
      case 'email':
        return `${message.subject}\n${message.text}`;
      case 'push':
        return `${message.title}\n${message.body}`;
    }
  }

  return {
    sms: {
      async send(message: SmsMessage) {
        return deliver({
          channel: 'sms',
          to: message.to,
          text: message.text,
          purpose: message.purpose,
        });
      },
    },
    email: {
      async send(message: EmailMessage) {
        return deliver({
          channel: 'email',
          to: message.to,
          subject: message.subject,
          text: message.text,
          purpose: message.purpose,
        });
      },
    },
    push: {
      async send(message: PushMessage) {
        return deliver({
          channel: 'push',
          to: message.accountId,
          accountId: message.accountId,
          title: message.title,
          body: message.body,
          purpose: message.purpose,
        });
      },
    },

    get messages() {
      return messages.slice();
    },

    lastTo(address) {
      for (let i = messages.length - 1; i >= 0; i--)
        if (matches(messages[i]!, address)) return messages[i];
      return undefined;
    },

    lastCode(address, pattern = DEFAULT_CODE) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (let i = messages.length - 1; i >= 0; i--) {
        const message = messages[i]!;
        if (!matches(message, address)) continue;
        const found = once.exec(contentOf(message));
        if (found === null) continue;
        const digits = (found[1] ?? found[0]).replace(/\D/g, '');
        if (digits !== '') return digits;
      }
      return undefined;
    },

    clear() {
      messages = [];
      injected = [];
    },

    failNext(failure = {}) {
      const times = failure.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        invalidArgument('times must be a positive integer');
      const result: DeliveryResult = {
        status: 'failed',
        reason: failure.reason ?? 'injected failure',
        retryable: failure.retryable ?? true,
      };
      for (let i = 0; i < times; i++)
        injected.push(
          failure.channel === undefined ? { result } : { channel: failure.channel, result },
        );
    },
  };
}

/** `Omit` that distributes over a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
