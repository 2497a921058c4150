/**
 * Sessions: access tokens backed by server-side records, refresh rotation with reuse
 * detection, idle and absolute limits, listing and ending sessions, re-authentication, the
 * login log and blocked IPs (S-10, S-11, ACC-11).
 *
 * @example
 * ```ts
 * import { createSessionsService } from '@kabinet/account/sessions';
 * ```
 *
 * @module @kabinet/account/sessions
 */
export {
  createSessionsService,
  type SessionsService,
  type SessionView,
  type SessionEnded,
  type SessionsEnded,
  type Reauthenticated,
  type IpBlocked,
} from './create-sessions-service.js';
export { sessionInputSchemas } from './session-input-schemas.js';
