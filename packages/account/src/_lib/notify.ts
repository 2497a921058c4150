import { issue, renderIssue, type IssueParam } from '@kabinet/core';
import type { AccountRecord, MessagePurpose } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { accountMessages } from '../messages/account-messages.js';
import { piiContext } from './contact-values.js';

/** A notice to send: a message code of the account catalogue and its params. */
export interface Notice {
  readonly code: string;
  readonly params?: Readonly<Record<string, IssueParam>>;
  readonly purpose: MessagePurpose;
}

function text(ctx: AccountContext, notice: Notice): string {
  return renderIssue(
    issue(notice.code, [], { service: ctx.serviceName, ...(notice.params ?? {}) }),
    ctx.locale,
    accountMessages,
  );
}

/** Sends a notice by SMS to a phone. Delivery failures are not errors of the use case. */
export async function sendSms(ctx: AccountContext, to: string, notice: Notice): Promise<void> {
  try {
    await ctx.senders.sms.send({ to, text: text(ctx, notice), purpose: notice.purpose });
  } catch {
    // A gateway fault must not undo a step that was already written and journaled.
  }
}

/** Sends a notice by e-mail. */
export async function sendEmail(ctx: AccountContext, to: string, notice: Notice): Promise<void> {
  try {
    await ctx.senders.email.send({
      to,
      subject: ctx.serviceName,
      text: text(ctx, notice),
      purpose: notice.purpose,
    });
  } catch {
    // As above.
  }
}

// Security notices the notification centre keeps too (NOTE-2); none carries a token or a code.
const CENTRE_CODES = new Set([
  'notice.login_alert',
  'notice.password_changed',
  'notice.second_factor_changed',
  'notice.contact_changed',
  'notice.account_unblocked',
]);

/** Sends a notice to an account's phone and e-mail (and push), decrypting them only for the send. */
export async function notifyAccount(
  ctx: AccountContext,
  account: AccountRecord,
  notice: Notice,
  channels: readonly ('phone' | 'email')[] = ['phone', 'email'],
): Promise<void> {
  if (channels.includes('phone'))
    await sendSms(
      ctx,
      ctx.pii.decrypt(account.phone.value, piiContext('account', account.id, 'phone')),
      notice,
    );
  if (channels.includes('email'))
    await sendEmail(
      ctx,
      ctx.pii.decrypt(account.email.value, piiContext('account', account.id, 'email')),
      notice,
    );
  try {
    await ctx.senders.push.send({
      accountId: account.id,
      title: ctx.serviceName,
      body: text(ctx, notice),
      purpose: notice.purpose,
    });
  } catch {
    // As above.
  }
  if (ctx.securityNotices !== undefined && CENTRE_CODES.has(notice.code)) {
    const params: Record<string, string | number> = { service: ctx.serviceName };
    for (const [key, value] of Object.entries(notice.params ?? {}))
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    try {
      await ctx.securityNotices(account.id, { code: notice.code, params });
    } catch {
      // As above: the centre's copy must not undo the step.
    }
  }
}
