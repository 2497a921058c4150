/**
 * Journaled units: a domain step's aggregate writes and its journal entries as one unit —
 * atomic over a store's unit of work (`createJournaledUnits`), or written then appended for
 * stores without one (`directJournaledUnits`).
 *
 * @example
 * ```ts
 * import { createJournaledUnits, directJournaledUnits } from '@kabinet/audit/units';
 * ```
 *
 * @module @kabinet/audit/units
 */
export type { JournaledUnit, JournaledUnits } from './journaled-units.js';
export { createJournaledUnits, type JournaledUnitsOptions } from './create-journaled-units.js';
export {
  directJournaledUnits,
  type DirectJournaledUnitsOptions,
} from './direct-journaled-units.js';
