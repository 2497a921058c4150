import { fail, issue, maskEmail, maskPhone, ok, readInput, type Result } from '@kabinet/core';
import type { AccountRecord, PendingContactChange, Stored } from '@kabinet/ports';
import { parsePhone } from '@kabinet/validators/phone';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import { contactInputSchemas } from './contact-input-schemas.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import { readContactValue } from '../_lib/account-pii.js';
import { contactHistory } from '../_lib/contact-history.js';
import { piiContext, readContact, type ContactValue } from '../_lib/contact-values.js';
import { guardCode, reserveSend } from '../_lib/guard-code.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { accountParty } from '../_lib/journal-draft.js';
import { notifyAccount, sendEmail, sendSms } from '../_lib/notify.js';
import { requireSession } from '../_lib/require-session.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { contactOwner } from '../_lib/contact-owner.js';
import type { ContactVersionView, ContactsView } from './contacts-views.js';

export type {
  ContactVersionView,
  ContactView,
  ContactsView,
  ExtraChannelView,
  PendingChangeView,
} from './contacts-views.js';

/** Contacts: change with a code to the new value, history and restore, optional channels (CONTACT-4, CONTACT-5, S-11). */
export interface ContactsService {
  /** The account's contacts. */
  get(auth: AuthContext): Promise<Result<ContactsView>>;
  /** The change history of phone and e-mail (История изменений), oldest first. */
  history(auth: AuthContext): Promise<Result<ContactVersionView[]>>;
  /** Starts a change `{ channel: 'phone' | 'email', value }`: a code goes to the new value (needs recent re-authentication). */
  requestChange(
    auth: AuthContext,
    input: z.input<typeof contactInputSchemas.requestChange>,
    meta?: RequestMeta,
  ): Promise<Result<CodeSent>>;
  /** Finishes a change `{ channel, code }`: the old contact is told, the change is journaled. */
  confirmChange(
    auth: AuthContext,
    input: z.input<typeof contactInputSchemas.confirmChange>,
    meta?: RequestMeta,
  ): Promise<Result<ContactsView>>;
  /** Restores an earlier version `{ channel, seq }` from the history: like a change, confirmed by a code to that value. */
  restore(
    auth: AuthContext,
    input: z.input<typeof contactInputSchemas.restore>,
    meta?: RequestMeta,
  ): Promise<Result<CodeSent>>;
  /** Sets a messenger `{ kind: 'telegram' | 'viber' | 'whatsapp', value }` (Telegram `@name` or a phone; others a phone). */
  setMessenger(
    auth: AuthContext,
    input: z.input<typeof contactInputSchemas.setMessenger>,
  ): Promise<Result<ContactsView>>;
  /** Removes a messenger `{ kind }`. */
  removeMessenger(
    auth: AuthContext,
    input: z.input<typeof contactInputSchemas.removeMessenger>,
  ): Promise<Result<ContactsView>>;
  /** Sets a trusted person's phone `{ phone }`. */
  setTrustedPhone(
    auth: AuthContext,
    input: z.input<typeof contactInputSchemas.setTrustedPhone>,
  ): Promise<Result<ContactsView>>;
  /** Removes the trusted person's phone. */
  removeTrustedPhone(auth: AuthContext): Promise<Result<ContactsView>>;
}

const TELEGRAM = /^@?[A-Za-z][A-Za-z0-9_]{4,31}$/;

/** The contacts of an account, masked. */
function view(account: AccountRecord): ContactsView {
  return {
    phone: {
      masked: account.phone.masked,
      ...(account.phone.confirmedAt === undefined
        ? {}
        : { confirmedAt: account.phone.confirmedAt }),
    },
    email: {
      masked: account.email.masked,
      ...(account.email.confirmedAt === undefined
        ? {}
        : { confirmedAt: account.email.confirmedAt }),
    },
    messengers: account.extra.messengers.map((m) => ({ kind: m.kind, masked: m.masked })),
    ...(account.extra.trustedPhone === undefined
      ? {}
      : { trustedPhone: { kind: 'trusted_phone', masked: account.extra.trustedPhone.masked } }),
    pending: account.pendingContactChanges.map((p) => ({
      channel: p.channel,
      masked: p.masked,
      requestedAt: p.requestedAt,
      ...(p.restoresSeq === undefined ? {} : { restoresSeq: p.restoresSeq }),
    })),
  };
}

/**
 * Creates the contacts service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const contacts = createContactsService(ctx);
 * await contacts.requestChange(auth, { channel: 'phone', value: '+998935554433' });
 * await contacts.confirmChange(auth, { channel: 'phone', code: '123456' });
 * ```
 */
export function createContactsService(ctx: AccountContext): ContactsService {
  const invalid = fail(issue('session.invalid', []));

  async function owned(auth: AuthContext, fresh: boolean): Promise<Result<Stored<AccountRecord>>> {
    const session = await requireSession(ctx, auth, { fresh });
    if (!session.success) return session;
    const account = await loadAccount(ctx, auth.accountId);
    if (account === undefined) return invalid;
    if (account.lifecycle !== 'active' && account.lifecycle !== 'clarification_requested')
      return fail(
        issue(account.lifecycle === 'restricted' ? 'account.restricted' : 'account.not_usable', []),
      );
    return ok(account);
  }

  /** Sends the code for a change to a new value; a value another account owns gets a notice instead (S-8). */
  async function startChange(
    auth: AuthContext,
    account: AccountRecord,
    contact: ContactValue,
    meta: RequestMeta,
    restoresSeq?: number,
  ) {
    const otpChannel = contact.channel === 'phone' ? ('sms' as const) : ('email' as const);
    // S-5: a claimed contact's budget, not its owner's: naming someone's phone here cannot use up their login codes.
    const reserved = await reserveSend(ctx, otpChannel, contact.blindIndex, meta.ip, 'claim');
    if (!reserved.success) return reserved;
    const otpInput = {
      purpose: 'contact-change' as const,
      channel: otpChannel,
      destination: contact.value,
      sessionId: auth.sessionId,
      subject: account.id,
    };
    const owner = await contactOwner(ctx, contact.channel, contact.value, contact.blindIndex);
    let challenge: { challengeId: string; destinationMasked: string; codeExpiresAt: number };
    if (owner !== undefined && owner.id !== account.id) {
      const issued = await ctx.otp.issue(otpInput);
      if (!issued.success) return issued;
      challenge = issued.data;
      const notice = { code: 'notice.already_registered', purpose: 'notice' as const };
      if (contact.channel === 'phone') await sendSms(ctx, contact.value, notice);
      else await sendEmail(ctx, contact.value, notice);
    } else {
      const sent = await ctx.otp.issueAndSend(otpInput, ctx.senders, { locale: ctx.locale });
      if (!sent.success) return sent;
      challenge = sent.data;
    }
    return runAccountStep(ctx, account.id, accountParty(account.id), async (current, now) => {
      const pending: PendingContactChange = {
        channel: contact.channel,
        value: ctx.pii.encrypt(
          contact.value,
          piiContext('account', current.id, `pending:${contact.channel}`),
        ),
        blindIndex: contact.blindIndex,
        masked: contact.masked,
        challengeId: challenge.challengeId,
        requestedAt: now,
        ...(restoresSeq === undefined ? {} : { restoresSeq }),
      };
      return {
        result: ok({
          channel: contact.channel,
          sentTo: challenge.destinationMasked,
          expiresAt: challenge.codeExpiresAt,
        }),
        account: {
          ...current,
          pendingContactChanges: [
            ...current.pendingContactChanges.filter((p) => p.channel !== contact.channel),
            pending,
          ],
          updatedAt: now,
        },
        journal: [
          {
            action:
              restoresSeq === undefined ? 'contact.change_requested' : 'contact.restore_requested',
            payload: {
              kind: contact.channel,
              masked: contact.masked,
              ...(restoresSeq === undefined ? {} : { fromSeq: restoresSeq }),
            },
          },
        ],
      };
    });
  }

  async function editExtra(
    auth: AuthContext,
    action: string,
    change: (
      account: AccountRecord,
    ) => Result<{ account: AccountRecord; payload: Record<string, string> }>,
  ): Promise<Result<ContactsView>> {
    const account = await owned(auth, false);
    if (!account.success) return account;
    return runAccountStep(
      ctx,
      auth.accountId,
      accountParty(auth.accountId),
      async (current, now) => {
        const r = change(current);
        if (!r.success) return { result: r };
        return {
          result: ok(view(r.data.account)),
          account: { ...r.data.account, updatedAt: now },
          journal: [{ action, payload: r.data.payload }],
        };
      },
    );
  }

  return {
    async get(auth) {
      const session = await requireSession(ctx, auth);
      if (!session.success) return session;
      const account = await loadAccount(ctx, auth.accountId);
      return account === undefined ? invalid : ok(view(account));
    },

    async history(auth) {
      const session = await requireSession(ctx, auth);
      if (!session.success) return session;
      const out: ContactVersionView[] = [];
      for (const channel of ['phone', 'email'] as const) {
        const versions = await contactHistory(ctx, auth.accountId, channel);
        versions.forEach((v, i) => {
          const { value, ...rest } = v;
          const masked =
            value === null ? null : channel === 'phone' ? maskPhone(value) : maskEmail(value);
          out.push({ ...rest, channel, masked, current: i === versions.length - 1 });
        });
      }
      return ok(out.sort((a, b) => a.seq - b.seq));
    },

    async requestChange(auth, input, meta = {}) {
      const read = readInput(contactInputSchemas.requestChange, input);
      if (!read.success) return read;
      const contact = readContact(ctx, read.data.channel, read.data.value, ['value']);
      if (!contact.success) return contact;
      const account = await owned(auth, true);
      if (!account.success) return account;
      if (account.data[read.data.channel].blindIndex === contact.data.blindIndex)
        return fail(issue('contacts.unchanged', ['value']));
      return startChange(auth, account.data, contact.data, meta);
    },

    async restore(auth, input, meta = {}) {
      const read = readInput(contactInputSchemas.restore, input);
      if (!read.success) return read;
      const account = await owned(auth, true);
      if (!account.success) return account;
      const versions = await contactHistory(ctx, auth.accountId, read.data.channel);
      const version = versions.find((v) => v.seq === read.data.seq);
      if (version === undefined) return fail(issue('contacts.unknown_version', ['seq']));
      if (version.value === null) return fail(issue('contacts.version_erased', ['seq']));
      const contact = readContact(ctx, read.data.channel, version.value, ['seq']);
      if (!contact.success) return contact;
      if (account.data[read.data.channel].blindIndex === contact.data.blindIndex)
        return fail(issue('contacts.unchanged', ['seq']));
      return startChange(auth, account.data, contact.data, meta, version.seq);
    },

    async confirmChange(auth, input, meta = {}) {
      const read = readInput(contactInputSchemas.confirmChange, input);
      if (!read.success) return read;
      const { channel, code } = read.data;
      const account = await owned(auth, false);
      if (!account.success) return account;
      const pending = account.data.pendingContactChanges.find((p) => p.channel === channel);
      if (pending === undefined) return fail(issue('contacts.no_pending_change', ['channel']));
      // OTP-3: keyed on the new contact; OTP-2: the code only works in the session that asked.
      const guarded = await guardCode(ctx, `${channel}:${pending.blindIndex}`, meta.ip, () =>
        ctx.otp.verify({ challengeId: pending.challengeId, sessionId: auth.sessionId, code }),
      );
      if (!guarded.success) return guarded;
      const verdict = guarded.data;
      if (verdict.outcome !== 'ok') return fail(codeOutcomeIssue(verdict.outcome));
      let previous: AccountRecord | undefined;
      const r = await runAccountStep(
        ctx,
        auth.accountId,
        accountParty(auth.accountId),
        async (current, now) => {
          const still = current.pendingContactChanges.find(
            (p) => p.challengeId === pending.challengeId,
          );
          if (still === undefined)
            return { result: fail(issue('contacts.no_pending_change', ['channel'])) };
          const value = ctx.pii.decrypt(
            still.value,
            piiContext('account', current.id, `pending:${channel}`),
          );
          const before = readContactValue(ctx, current, channel);
          previous = current;
          const next: AccountRecord = {
            ...current,
            [channel]: {
              value: ctx.pii.encrypt(value, piiContext('account', current.id, channel)),
              blindIndex: still.blindIndex,
              masked: still.masked,
              confirmedAt: now,
            },
            pendingContactChanges: current.pendingContactChanges.filter((p) => p !== still),
            updatedAt: now,
          };
          // CONTACT-5: the change is journaled with the values before and after (encrypted beside the chain).
          const entry =
            still.restoresSeq === undefined
              ? { action: 'contact.changed', payload: { kind: channel, before, after: value } }
              : {
                  action: 'contact.restored',
                  payload: { kind: channel, before, after: value, fromSeq: still.restoresSeq },
                };
          return { result: ok(view(next)), account: next, journal: [entry] };
        },
      );
      if (r.success && previous !== undefined) {
        // S-11, CONTACT-5: the old contact is told (and the new one confirmed it already).
        const old = previous;
        await notifyAccount(
          ctx,
          old,
          {
            code: 'notice.contact_changed',
            params: { channel: channel === 'phone' ? 'телефон' : 'e-mail', masked: pending.masked },
            purpose: 'contact-changed-notice',
          },
          [channel],
        );
      }
      return r;
    },

    async setMessenger(auth, input) {
      const read = readInput(contactInputSchemas.setMessenger, input);
      if (!read.success) return read;
      const { kind, value } = read.data;
      let normalised: string;
      if (kind === 'telegram' && TELEGRAM.test(value.trim()))
        normalised = `@${value.trim().replace(/^@/, '')}`;
      else {
        const phone = parsePhone(value, { path: ['value'] });
        if (!phone.success) return phone;
        normalised = phone.data.e164;
      }
      const masked = normalised.startsWith('@')
        ? `${normalised.slice(0, 3)}***`
        : maskPhone(normalised);
      return editExtra(auth, 'contact.channel_set', (account) =>
        ok({
          account: {
            ...account,
            extra: {
              ...account.extra,
              messengers: [
                ...account.extra.messengers.filter((m) => m.kind !== kind),
                {
                  kind,
                  value: ctx.pii.encrypt(
                    normalised,
                    piiContext('account', account.id, `messenger:${kind}`),
                  ),
                  masked,
                },
              ],
            },
          },
          payload: { channel: kind, masked },
        }),
      );
    },

    async removeMessenger(auth, input) {
      const read = readInput(contactInputSchemas.removeMessenger, input);
      if (!read.success) return read;
      return editExtra(auth, 'contact.channel_removed', (account) =>
        account.extra.messengers.some((m) => m.kind === read.data.kind)
          ? ok({
              account: {
                ...account,
                extra: {
                  ...account.extra,
                  messengers: account.extra.messengers.filter((m) => m.kind !== read.data.kind),
                },
              },
              payload: { channel: read.data.kind },
            })
          : fail(issue('contacts.no_pending_change', ['kind'])),
      );
    },

    async setTrustedPhone(auth, input) {
      const read = readInput(contactInputSchemas.setTrustedPhone, input);
      if (!read.success) return read;
      const phone = parsePhone(read.data.phone, { path: ['phone'] });
      if (!phone.success) return phone;
      const masked = maskPhone(phone.data.e164);
      return editExtra(auth, 'contact.channel_set', (account) =>
        ok({
          account: {
            ...account,
            extra: {
              ...account.extra,
              trustedPhone: {
                value: ctx.pii.encrypt(
                  phone.data.e164,
                  piiContext('account', account.id, 'trusted_phone'),
                ),
                masked,
              },
            },
          },
          payload: { channel: 'trusted_phone', masked },
        }),
      );
    },

    async removeTrustedPhone(auth) {
      return editExtra(auth, 'contact.channel_removed', (account) => {
        if (account.extra.trustedPhone === undefined)
          return fail(issue('contacts.no_pending_change', []));
        const { trustedPhone: _t, ...extra } = account.extra;
        return ok({ account: { ...account, extra }, payload: { channel: 'trusted_phone' } });
      });
    },
  };
}
