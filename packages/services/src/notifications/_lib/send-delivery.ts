import type { DeliveryResult } from '@kabinet/ports';
import {
  NOTICE_COLLECTIONS,
  type DeliveryRecord,
  type NoticeChannel,
  type PreferencesRecord,
} from '../notice-records.js';
import type { CentreContext } from './centre-context.js';
import { message } from './render-notice.js';

export type SendOutcome = DeliveryResult & { readonly sentOn?: NoticeChannel };

// Hands one claimed delivery to its channel's sender with the delivery id as idempotency key.
// The text only points to the centre (NOTE-2): no code, no params, no personal data. A
// critical delivery whose channel has no contact goes out on the next critical channel that has
// one (push needs none). A throw from the sender is passed on: whether it sent is unknown, so the
// claim is left to lapse and the delivery is sent again with the same key.
export async function sendDelivery(
  ctx: CentreContext,
  delivery: DeliveryRecord,
): Promise<SendOutcome> {
  const { deps, policy, messages, senders } = ctx;
  const contacts = await ctx.contacts(delivery.ownerId);
  if (contacts === undefined) return { status: 'failed', reason: 'no_account', retryable: false };
  const order: NoticeChannel[] = [
    delivery.channel,
    ...(delivery.critical ? policy.criticalChannels.filter((c) => c !== delivery.channel) : []),
  ];
  const channel = order.find(
    (c) => c === 'push' || (c === 'sms' ? contacts.phone : contacts.email) !== undefined,
  );
  if (channel === undefined) return { status: 'failed', reason: 'no_contact', retryable: false };
  const prefs = await deps
    .versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences)
    .get(delivery.ownerId);
  const locale = prefs?.locale ?? policy.defaultLocale;
  const text = (code: string) => message(messages, locale, code);
  const common = { purpose: 'notice' as const, idempotencyKey: delivery.id };
  let result: DeliveryResult;
  if (channel === 'sms') {
    result = await senders.sms.send({
      ...common,
      to: contacts.phone!,
      text: text('notice.channel.sms.text'),
    });
  } else if (channel === 'email') {
    result = await senders.email.send({
      ...common,
      to: contacts.email!,
      subject: text('notice.channel.email.subject'),
      text: text('notice.channel.email.text'),
    });
  } else {
    result = await senders.push.send({
      ...common,
      accountId: delivery.ownerId,
      title: text('notice.channel.push.title'),
      body: text('notice.channel.push.body'),
    });
  }
  return channel === delivery.channel ? result : { ...result, sentOn: channel };
}
