/**
 * The account's state machines as data: lifecycle, level and one identity-check machine per
 * kind. Code, tests and the generated `docs/state-diagrams.md` all read these tables.
 *
 * @example
 * ```ts
 * import { accountLevelMachine } from '@kabinet/account/machine';
 * accountLevelMachine.eventsFrom('simplified'); // ['documents_verified']
 * ```
 *
 * @module @kabinet/account/machine
 */
export {
  accountLifecycleMachine,
  type AccountLifecycleEvent,
} from './account-lifecycle-machine.js';
export { accountLevelMachine, type AccountLevelEvent } from './account-level-machine.js';
export {
  identityCheckMachines,
  type IdentityCheckEvent,
  type IdentityCheckMachine,
} from './identity-check-machines.js';
export { renderStateDiagrams } from './render-state-diagrams.js';
