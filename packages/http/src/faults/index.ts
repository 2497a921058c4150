/**
 * Server faults: a correlation id for every 5xx, a description without personal data, and the
 * log line that carries both.
 *
 * @example
 * ```ts
 * import { createCorrelationId, logServerFault } from '@kabinet/http/faults';
 * ```
 *
 * @module @kabinet/http/faults
 */
export { createCorrelationId } from './create-correlation-id.js';
export { describeFault, type FaultDescription } from './describe-fault.js';
export { logServerFault } from './log-server-fault.js';
export type { ServerFault } from './server-fault.js';
