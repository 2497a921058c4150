import type { JsonValue } from '@kabinet/audit/entry';
import type { NoticeKind } from '../notice-board.js';

/** The payload of a delivery's outcome (one channel of one notice). */
type DeliveryPayload = {
  readonly deliveryId: string;
  readonly noticeId: string;
  /** The channel it went (or was to go) by. */
  readonly channel: string;
  /** Attempts so far. */
  readonly attempts: number;
};

/** The payload of a delivery that did not go (yet): why, as the sender said. */
type DeliveryRefusedPayload = DeliveryPayload & {
  readonly reason: string;
};

// The journal actions of the notification centre (NOTE-*), with their payloads as written
// today: every `unit.append` of a `notice.*` entry is checked against them at compile time.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** A notice appeared in the account's centre. */
    'notice.posted': {
      readonly noticeId: string;
      readonly kind: NoticeKind;
      readonly code: string;
      readonly critical: boolean;
      /** The channels it is delivered by. */
      readonly channels: readonly string[];
    };
    /** A notice was scheduled to appear later (a reminder). */
    'notice.scheduled': {
      readonly reminderId: string;
      readonly kind: NoticeKind;
      readonly code: string;
      /** When it appears (epoch ms). */
      readonly dueAt: number;
    };
    /** A scheduled notice was withdrawn. */
    'notice.cancelled': {
      readonly reminderId: string;
      readonly code: string;
    };
    /** The holder read a notice. */
    'notice.read': {
      readonly noticeId: string;
    };
    /** The holder marked every notice read. */
    'notice.read_all': {
      /** How many were marked. */
      readonly marked: number;
    };
    /** The holder changed their notification preferences. */
    'notice.preferences.changed': {
      readonly channels: JsonValue;
      readonly locale?: string;
    };
    /** A delivery went. */
    'notice.delivery.sent': DeliveryPayload;
    /** A delivery failed and will be tried again. */
    'notice.delivery.retry_scheduled': DeliveryRefusedPayload;
    /** A delivery failed for good. */
    'notice.delivery.failed': DeliveryRefusedPayload;
  }
}
