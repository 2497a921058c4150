import { KabinetError } from '../errors/kabinet-error.js';
import { fail, ok, type Result } from '../result/result.js';
import { issue } from '../result/issue.js';

/** One row of a transition table: on `event` in any of `from`, go to `to`. */
export interface TransitionRule<State extends string, Event extends string> {
  /** The state, or states, the event is allowed in. */
  readonly from: State | readonly State[];
  /** The event. */
  readonly event: Event;
  /** The state after the event. */
  readonly to: State;
}

/** A state machine as data: its states, events, start, ends and transition table. */
export interface MachineDefinition<State extends string, Event extends string> {
  /** Name used in issues and diagrams, e.g. `account.lifecycle`. */
  readonly id: string;
  /** Every state of the machine. */
  readonly states: readonly State[];
  /** Every event of the machine; {@link StateMachine.eventsFrom} lists events in this order. */
  readonly events: readonly Event[];
  /** The state a new instance starts in. */
  readonly initial: State;
  /** States with no way out (drawn to `[*]`). */
  readonly final?: readonly State[];
  /** The transition table: at most one row per state and event. */
  readonly transitions: readonly TransitionRule<State, Event>[];
}

/** A checked transition table with its queries. Build one with {@link defineMachine}. */
export interface StateMachine<State extends string, Event extends string> extends MachineDefinition<
  State,
  Event
> {
  /** Whether `event` is allowed in `from`. */
  can(from: State, event: Event): boolean;
  /** The state after `event`, or an issue `state.transition_not_allowed` (never applied). */
  transition(from: State, event: Event): Result<State, 'state.transition_not_allowed'>;
  /** The events allowed in `state`, in the order of {@link MachineDefinition.events}. */
  eventsFrom(state: State): Event[];
  /** The table as a Mermaid `stateDiagram-v2`. */
  toMermaid(): string;
}

/**
 * Checks a transition table and returns its queries. The table is the single source that
 * code, tests and generated diagrams all read.
 *
 * @param definition - states, events, initial state and the table
 * @returns the machine
 * @throws {@link KabinetError} `ERR_CONFIG` when the table names an unknown state or event,
 *   or has two rows for the same state and event
 * @example
 * ```ts
 * const door = defineMachine({
 *   id: 'door', states: ['open', 'closed'], events: ['close', 'open'], initial: 'open',
 *   transitions: [{ from: 'open', event: 'close', to: 'closed' }, { from: 'closed', event: 'open', to: 'open' }],
 * });
 * door.transition('open', 'close'); // { success: true, data: 'closed' }
 * door.can('closed', 'close');      // false
 * ```
 */
export function defineMachine<const State extends string, const Event extends string>(
  definition: MachineDefinition<State, Event>,
): StateMachine<State, Event> {
  const states = new Set<string>(definition.states);
  const events = new Set<string>(definition.events);
  const table = new Map<string, State>();
  const bad = (why: string): never => {
    throw new KabinetError('ERR_CONFIG', `machine ${definition.id}: ${why}`);
  };
  if (!states.has(definition.initial)) bad(`unknown initial state ${definition.initial}`);
  for (const state of definition.final ?? [])
    if (!states.has(state)) bad(`unknown final state ${state}`);
  for (const rule of definition.transitions) {
    if (!events.has(rule.event)) bad(`unknown event ${rule.event}`);
    if (!states.has(rule.to)) bad(`unknown state ${rule.to}`);
    for (const from of fromList(rule.from)) {
      if (!states.has(from)) bad(`unknown state ${from}`);
      const key = `${from}\u0000${rule.event}`;
      if (table.has(key)) bad(`two rows for ${from} + ${rule.event}`);
      table.set(key, rule.to);
    }
  }
  const lookup = (from: State, event: Event): State | undefined =>
    table.get(`${from}\u0000${event}`);
  return {
    ...definition,
    can: (from, event) => lookup(from, event) !== undefined,
    transition(from, event) {
      const to = lookup(from, event);
      return to === undefined
        ? fail(issue('state.transition_not_allowed', [], { machine: definition.id, from, event }))
        : ok(to);
    },
    eventsFrom: (state) => definition.events.filter((event) => lookup(state, event) !== undefined),
    toMermaid: () => machineToMermaid(definition),
  };
}

function fromList<State extends string>(from: State | readonly State[]): readonly State[] {
  return typeof from === 'string' ? [from] : from;
}

function machineToMermaid<State extends string, Event extends string>(
  definition: MachineDefinition<State, Event>,
): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${definition.initial}`];
  for (const rule of definition.transitions) {
    for (const from of fromList(rule.from)) lines.push(`  ${from} --> ${rule.to} : ${rule.event}`);
  }
  for (const state of definition.final ?? []) lines.push(`  ${state} --> [*]`);
  return lines.join('\n') + '\n';
}
