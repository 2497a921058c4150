// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// maintenance service's public methods take the input type of `maintenanceInputSchemas.rekey`.
import type { MaintenanceService } from './create-maintenance-service.js';

declare const maintenance: MaintenanceService;
const operator = { operatorId: 'ops_7' };

void maintenance.rekeyAccounts(operator);
void maintenance.rekeyDrafts(operator, { batchSize: 500, cursor: 'acc_1', limit: 10_000 });
// @ts-expect-error — `batch_size` is not the field's name
void maintenance.rekeyAccounts(operator, { batch_size: 500 });
// @ts-expect-error — the batch size is a number
void maintenance.rekeyDrafts(operator, { batchSize: '500' });
