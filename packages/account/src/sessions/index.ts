/**
 * Sessions: access tokens backed by server-side records, refresh rotation with reuse
 * detection, idle and absolute limits, listing and ending sessions, re-authentication, the
 * login log and blocked IPs (S-10, S-11, ACC-11).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { SessionsService } from '@kabinet/account/sessions';
 * const sessions: SessionsService = createAccountServices(config).sessions;
 * ```
 *
 * @module @kabinet/account/sessions
 */
export type { SessionsService } from './create-sessions-service.js';
export type {
  SessionView,
  SessionEnded,
  SessionsEnded,
  Reauthenticated,
  IpBlocked,
} from './sessions-results.js';
export { sessionInputSchemas, type SessionInput } from './session-input-schemas.js';
