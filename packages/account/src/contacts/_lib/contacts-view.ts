import type { AccountRecord } from '@kabinet/ports';
import type { ContactsView } from '../contacts-views.js';

/** The contacts of an account, masked. */
export function contactsView(account: AccountRecord): ContactsView {
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
