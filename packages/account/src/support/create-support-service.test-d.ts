// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// support service's public methods take the input types of `supportInputSchemas`.
import type { SupportService } from './create-support-service.js';

declare const support: SupportService;
const operator = { operatorId: 'op_1' };

void support.unblock(operator, { accountId: 'acc_1', reason: 'checked by phone' });
// @ts-expect-error — `accountID` is misspelled
void support.unblock(operator, { accountID: 'acc_1' });
// @ts-expect-error — a block needs its reason
void support.block(operator, { accountId: 'acc_1' });
// @ts-expect-error — `reasn` is misspelled
void support.close(operator, { accountId: 'acc_1', reasn: 'holder left' });
// @ts-expect-error — `tracking` is not the field's name
void support.dispatchLetter(operator, { accountId: 'acc_1', checkId: 'chk_1', tracking: 'RA1' });
// @ts-expect-error — `serviceCenterId` is misspelled
void support.verifyInPerson(operator, { accountId: 'acc_1', serviceCenterId: 'sc_1' });
void support.restoreAccess(operator, { accountId: 'acc_1' });
