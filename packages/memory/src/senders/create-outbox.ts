import { systemClock, type Clock } from '@kabinet/core';
import type {
  DeliveryResult,
  EmailMessage,
  PushMessage,
  Senders,
  SmsMessage,
} from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';
import { emailDraft, pushDraft, smsDraft, type OutboxDraft } from './_lib/outbox-drafts.js';
import { lastCode, lastTo } from './_lib/read-outbox.js';
import type { InjectedFailure, OutboxChannel, OutboxMessage } from './outbox-message.js';

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

  function deliver(draft: OutboxDraft): DeliveryResult {
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

  return {
    sms: { send: async (message: SmsMessage) => deliver(smsDraft(message)) },
    email: { send: async (message: EmailMessage) => deliver(emailDraft(message)) },
    push: { send: async (message: PushMessage) => deliver(pushDraft(message)) },

    get messages() {
      return messages.slice();
    },

    lastTo: (address) => lastTo(messages, address),
    lastCode: (address, pattern) => lastCode(messages, address, pattern),

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
