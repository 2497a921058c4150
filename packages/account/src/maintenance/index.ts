/**
 * Key-rotation maintenance: re-keying every account after a rotation of the `pii-encryption`
 * or `blind-index` key (S-12, ACC-10).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { MaintenanceService } from '@kabinet/account/maintenance';
 * const maintenance: MaintenanceService = createAccountServices(config).maintenance;
 * ```
 *
 * @module @kabinet/account/maintenance
 */
export type {
  MaintenanceService,
  RekeyReport,
  RecordNotRekeyed,
} from './create-maintenance-service.js';
export { maintenanceInputSchemas, type MaintenanceInput } from './maintenance-input-schemas.js';
