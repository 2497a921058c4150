import type { MessageCatalogue } from '@kabinet/core';
import type { Senders } from '@kabinet/ports';
import type { ServicesDeps } from '../context/services-deps.js';
import type { CentreContext } from './_lib/centre-context.js';
import { useDelivery } from './_lib/deliver-due.js';
import { useInbox } from './_lib/use-inbox.js';
import { usePreferences } from './_lib/use-preferences.js';
import type { ContactDirectory } from './contact-directory.js';
import { defineNotificationsPolicy } from './define-notifications-policy.js';
import type { NotificationCentre } from './notification-centre.js';
import { notificationMessages } from './notification-messages.js';
import type { NotificationsPolicy } from './notifications-policy.js';

/**
 * Options of {@link createNotificationCentre}.
 *
 * @example
 * ```ts
 * const options: NotificationCentreOptions = { senders: outbox, contacts: async () => ({ email: 'user@example.com' }) };
 * ```
 */
export interface NotificationCentreOptions {
  /** The SMS, e-mail and push gateways (`purpose: 'notice'`, the delivery id as idempotency key). */
  readonly senders: Senders;
  /** The accounts' current contacts. */
  readonly contacts: ContactDirectory;
  /** The policy (default `defaultNotificationsPolicy`); checked. */
  readonly policy?: NotificationsPolicy;
  /** The catalogue the notices' texts come from (default: this area's; pass `kabinetMessages`). */
  readonly messages?: MessageCatalogue;
  /** Hears the errors of a delivery that could not be finished (it is retried after its claim lapses). */
  readonly onError?: (error: unknown) => void;
}

/**
 * The notification centre (NOTE-2) over the collections the notice board writes: a paged list
 * newest first with the unread count, one notice, mark read and mark all read (journaled), the
 * user's channel preferences (NOTE-1; a required kind keeps a channel), and `deliverDue`, the
 * tick that materialises due reminders and sends due deliveries through the senders. Delivery is
 * at least once per channel (a crash between the gateway's acceptance and the mark re-sends that
 * one delivery, with the same idempotency key) and exactly once in the centre.
 *
 * @param deps - the services' deps
 * @param options - senders, contacts, policy, catalogue
 * @returns the centre
 * @throws KabinetError `ERR_CONFIG` for a bad policy; its methods throw `ERR_INVALID_ARGUMENT` for a missing account id
 * @example
 * ```ts
 * const centre = createNotificationCentre(deps, { senders: outbox, contacts });
 * await centre.deliverDue({ limit: 100 });
 * const page = await centre.list({ accountId: 'acc_1', locale: 'en' });
 * ```
 */
export function createNotificationCentre(
  deps: Omit<ServicesDeps, 'notices'>,
  options: NotificationCentreOptions,
): NotificationCentre {
  const ctx: CentreContext = {
    deps,
    policy: defineNotificationsPolicy(options.policy ?? {}),
    messages: options.messages ?? notificationMessages,
    senders: options.senders,
    contacts: options.contacts,
    onError: options.onError ?? (() => undefined),
  };
  const delivery = useDelivery(ctx);
  interface Loop {
    stopped: boolean;
    timer?: ReturnType<typeof setTimeout>;
    tick?: Promise<unknown>;
  }
  let running: Loop | undefined;
  return {
    ...useInbox(ctx),
    ...usePreferences(ctx),
    ...delivery,
    startDelivery(startOptions = {}) {
      if (running !== undefined) return;
      const intervalMs = startOptions.intervalMs ?? 1_000;
      const loop: Loop = { stopped: false };
      running = loop;
      const step = (): void => {
        if (loop.stopped) return;
        loop.tick = delivery
          .deliverDue()
          .catch(ctx.onError)
          .finally(() => {
            if (loop.stopped) return;
            loop.timer = setTimeout(step, intervalMs);
            // The loop never keeps a process alive on its own.
            loop.timer.unref?.();
          });
      };
      step();
    },
    async stopDelivery() {
      const loop: Loop | undefined = running;
      running = undefined;
      if (loop === undefined) return;
      loop.stopped = true;
      if (loop.timer !== undefined) clearTimeout(loop.timer);
      await loop.tick;
    },
  };
}
