import { describeFault } from './describe-fault.js';
import type { ServerFault } from './server-fault.js';

/**
 * The default log of a 5xx answer when no `onError` is given: one JSON line on stderr with the
 * correlation id, status, method, route and {@link describeFault} of the error — no path, query,
 * header or body, so nothing personal (S-12). A 503 (a dependency that cannot answer, or
 * hashing at capacity) is logged at `warn` without a stack; anything else at `error`.
 *
 * @param fault - the failure
 * @example
 * ```ts
 * createKabinetHttp(kabinet, { onError: (error, request, fault) => logger.error({ ...describeFault(error), correlationId: fault.correlationId }) });
 * // without onError: logServerFault({ correlationId, status: 500, method: 'POST', route: 'login', error });
 * ```
 */
export function logServerFault(fault: ServerFault): void {
  const { stack, ...described } = describeFault(fault.error);
  const warn = fault.status === 503;
  const line = JSON.stringify({
    level: warn ? 'warn' : 'error',
    msg: 'kabinet: server fault',
    correlationId: fault.correlationId,
    status: fault.status,
    method: fault.method,
    ...(fault.route === undefined ? {} : { route: fault.route }),
    error: warn || stack === undefined ? described : { ...described, stack },
  });
  if (warn) console.warn(line);
  else console.error(line);
}
