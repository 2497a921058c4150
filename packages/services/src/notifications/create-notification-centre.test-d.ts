// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// notification centre's public methods take the account id and the input types of
// `notificationInputSchemas`.
import type { NotificationCentre } from './notification-centre.js';

declare const centre: NotificationCentre;

void centre.list({ accountId: 'acc_1', limit: 20, locale: 'en' });
// @ts-expect-error — `limt` is misspelled
void centre.list({ accountId: 'acc_1', limt: 20 });
// @ts-expect-error — `de` is not a locale of the centre
void centre.get({ accountId: 'acc_1', noticeId: 'ntc_1', locale: 'de' });
// @ts-expect-error — the notice is named by `noticeId`
void centre.markRead({ accountId: 'acc_1', id: 'ntc_1' });
void centre.setPreferences({ accountId: 'acc_1', channels: { security: ['email', 'push'] } });
// @ts-expect-error — `fax` is not a channel
void centre.setPreferences({ accountId: 'acc_1', channels: { security: ['fax'] } });
// @ts-expect-error — `newsletter` is not a notice kind
void centre.setPreferences({ accountId: 'acc_1', channels: { newsletter: ['sms'] } });
// @ts-expect-error — the account id comes with every call
void centre.preferences({});
void centre.deliverDue({ limit: 50 });
// @ts-expect-error — the batch is a number
void centre.deliverDue({ limit: '50' });
