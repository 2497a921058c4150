// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// support requests' public methods take the input types of `supportRequestInputSchemas`.
import type { SupportRequests } from './create-support-requests.js';

declare const support: SupportRequests;
const operator = { operatorId: 'op_7' };

void support.create({ accountId: 'acc_1', topic: 'access', text: 'Не приходит код' });
// @ts-expect-error — `txt` is misspelled
void support.create({ accountId: 'acc_1', topic: 'access', txt: 'Не приходит код' });
// @ts-expect-error — `weather` is not a support topic
void support.create({ accountId: 'acc_1', topic: 'weather', text: 'Дождь' });
// @ts-expect-error — attachments are bytes, not a path
void support.reply({ accountId: 'acc_1', requestId: 'sr_1', text: 'Вот', files: ['scan.pdf'] });
void support.list({ accountId: 'acc_1', limit: 20 });
// @ts-expect-error — the page size is a number
void support.list({ accountId: 'acc_1', limit: '20' });
void support.operatorReply(operator, { requestId: 'sr_1', text: 'Пришлите скан', awaitUser: true });
// @ts-expect-error — `requestID` is misspelled
void support.take(operator, { requestID: 'sr_1' });
// @ts-expect-error — `block` is not an account action of support
void support.actOnAccount(operator, { requestId: 'sr_1', action: 'block' });
// @ts-expect-error — a tick names its limit
void support.escalateOverdue({});
