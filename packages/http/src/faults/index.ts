export { createCorrelationId } from './create-correlation-id.js';
export { describeFault, type FaultDescription } from './describe-fault.js';
export { logServerFault } from './log-server-fault.js';
export type { ServerFault } from './server-fault.js';
