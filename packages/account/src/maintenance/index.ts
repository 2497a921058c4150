/**
 * Key-rotation maintenance: re-keying every account after a rotation of the `pii-encryption`
 * or `blind-index` key (S-12, ACC-10).
 *
 * @example
 * ```ts
 * import { createMaintenanceService } from '@kabinet/account/maintenance';
 * ```
 *
 * @module @kabinet/account/maintenance
 */
export {
  createMaintenanceService,
  type MaintenanceService,
  type RekeyReport,
  type RecordNotRekeyed,
} from './create-maintenance-service.js';
export { maintenanceInputSchemas } from './maintenance-input-schemas.js';
