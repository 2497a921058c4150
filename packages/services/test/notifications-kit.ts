// The notifications tests' setup: the services kit with the real notice board, senders that
// record every message (with its idempotency key) and can be told to fail, a contact directory
// over a map, and the centre.
import type {
  DeliveryResult,
  EmailMessage,
  PushMessage,
  Senders,
  SmsMessage,
} from '@kabinet/ports';
import { createNoticeBoard } from '../src/notifications/create-notice-board.js';
import {
  createNotificationCentre,
  type NotificationCentreOptions,
} from '../src/notifications/create-notification-centre.js';
import type { NoticeDraft } from '../src/notifications/notice-board.js';
import type { NoticeChannel } from '../src/notifications/notice-records.js';
import type { NotificationsPolicy } from '../src/notifications/notifications-policy.js';
import type { ServicesDeps } from '../src/context/services-deps.js';
import { makeServicesKit, type ServicesKit } from './kit.js';

export interface SentMessage {
  readonly channel: NoticeChannel;
  readonly to: string;
  readonly text: string;
  readonly idempotencyKey: string | undefined;
  readonly purpose: string;
}

export interface RecordingSenders extends Senders {
  readonly sent: SentMessage[];
  /** Decides each send's result (default: accepted); may throw to simulate a crash. */
  behave: (message: SentMessage) => DeliveryResult;
}

export function recordingSenders(): RecordingSenders {
  const senders: RecordingSenders = {
    sent: [],
    behave: () => ({ status: 'sent' }),
    sms: {
      send: async (m: SmsMessage) =>
        record({
          channel: 'sms',
          to: m.to,
          text: m.text,
          idempotencyKey: m.idempotencyKey,
          purpose: m.purpose,
        }),
    },
    email: {
      send: async (m: EmailMessage) =>
        record({
          channel: 'email',
          to: m.to,
          text: `${m.subject}\n${m.text}`,
          idempotencyKey: m.idempotencyKey,
          purpose: m.purpose,
        }),
    },
    push: {
      send: async (m: PushMessage) =>
        record({
          channel: 'push',
          to: m.accountId,
          text: `${m.title}\n${m.body}`,
          idempotencyKey: m.idempotencyKey,
          purpose: m.purpose,
        }),
    },
  };
  function record(message: SentMessage): DeliveryResult {
    const result = senders.behave(message);
    // A result means the gateway answered; a throw after this line is a crash after "sending".
    if (result.status === 'sent') senders.sent.push(message);
    return result;
  }
  return senders;
}

export interface NotificationsKit extends ServicesKit {
  readonly senders: RecordingSenders;
  readonly contacts: Map<string, { phone?: string; email?: string }>;
  readonly centre: ReturnType<typeof createNotificationCentre>;
  readonly errors: unknown[];
  post(draft: NoticeDraft): Promise<void>;
  /** Another centre (another instance) over the same stores. */
  another(deps?: Omit<ServicesDeps, 'notices'>): ReturnType<typeof createNotificationCentre>;
}

export function makeNotificationsKit(
  options: {
    readonly policy?: NotificationsPolicy;
    readonly centre?: Partial<NotificationCentreOptions>;
  } = {},
): NotificationsKit {
  const kit = makeServicesKit({
    notices: (base) =>
      createNoticeBoard(base, options.policy === undefined ? {} : { policy: options.policy }),
  });
  const senders = recordingSenders();
  const contacts = new Map<string, { phone?: string; email?: string }>([
    ['acc_1', { phone: '+79161234567', email: 'one@example.com' }],
    ['acc_2', { phone: '+79167654321', email: 'two@example.com' }],
  ]);
  const errors: unknown[] = [];
  const make = (deps: Omit<ServicesDeps, 'notices'>) =>
    createNotificationCentre(deps, {
      senders,
      contacts: async (id) => contacts.get(id),
      onError: (e) => errors.push(e),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...options.centre,
    });
  const centre = make(kit.deps);
  return {
    ...kit,
    senders,
    contacts,
    centre,
    errors,
    post: (draft) => kit.deps.units.run((unit) => kit.deps.notices.post(unit, draft)),
    another: (deps = kit.deps) => make(deps),
  };
}
