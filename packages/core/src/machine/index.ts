/**
 * State machines as data: a transition table, `transition`, `can` and a Mermaid diagram.
 *
 * @module @kabinet/core/machine
 */
export {
  defineMachine,
  type MachineDefinition,
  type StateMachine,
  type TransitionRule,
} from './define-machine.js';
