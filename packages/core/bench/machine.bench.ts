// Measures the transition-table helper every state machine in Kabinet runs on.
import { defineMachine } from '../src/machine/define-machine.js';
import { opsPerSecond, writeReport } from '../../../bench/_lib/report.js';

const door = defineMachine({
  id: 'door',
  states: ['open', 'closed', 'locked'],
  events: ['open', 'close', 'lock', 'unlock'],
  initial: 'open',
  transitions: [
    { from: 'open', event: 'close', to: 'closed' },
    { from: 'closed', event: 'open', to: 'open' },
    { from: 'closed', event: 'lock', to: 'locked' },
    { from: 'locked', event: 'unlock', to: 'closed' },
  ],
});
const events = ['close', 'lock', 'open', 'unlock'] as const;
let state: 'open' | 'closed' | 'locked' = 'open';
let i = 0;
const transitions = await opsPerSecond('machine.transition', () => {
  const r = door.transition(state, events[i++ & 3]!);
  if (r.success) state = r.data;
});
writeReport('core', 'Core: state-machine helper', [
  { name: 'machine.transition', value: transitions, unit: 'ops/s', better: 'higher' },
]);
