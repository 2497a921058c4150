import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '../errors/kabinet-error.js';
import { defineMachine, type MachineDefinition, type TransitionRule } from './define-machine.js';

type Table = MachineDefinition<string, string>;

/**
 * A random valid machine: states and events, and a table with at most one row per
 * (state, event). Rows sometimes list several `from` states at once.
 */
const tableArb: fc.Arbitrary<Table> = fc
  .record({
    states: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), { minLength: 1, maxLength: 6 }),
    events: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), { minLength: 1, maxLength: 5 }),
  })
  .chain(({ states, events }) => {
    const pairs = states.flatMap((from) => events.map((event) => ({ from, event })));
    return fc.record({
      states: fc.constant(states),
      events: fc.constant(events),
      initial: fc.constantFrom(...states),
      final: fc.subarray(states),
      rows: fc.subarray(pairs).chain((chosen) =>
        fc.tuple(
          ...chosen.map((pair) =>
            fc.record({
              from: fc.constant(pair.from),
              event: fc.constant(pair.event),
              to: fc.constantFrom(...states),
            }),
          ),
        ),
      ),
      group: fc.boolean(),
    });
  })
  .map(({ states, events, initial, final, rows, group }) => {
    let transitions: TransitionRule<string, string>[] = rows;
    if (group) {
      // Rows with the same event and target become one row with a list of `from` states.
      const grouped = new Map<string, { from: string[]; event: string; to: string }>();
      for (const row of rows) {
        const key = `${row.event}\u0000${row.to}`;
        const existing = grouped.get(key);
        if (existing) existing.from.push(row.from);
        else grouped.set(key, { from: [row.from], event: row.event, to: row.to });
      }
      transitions = [...grouped.values()];
    }
    return { id: 'random', states, events, initial, final, transitions };
  });

const expand = (table: Table): { from: string; event: string; to: string }[] =>
  table.transitions.flatMap((row) =>
    (typeof row.from === 'string' ? [row.from] : row.from).map((from) => ({
      from,
      event: row.event,
      to: row.to,
    })),
  );

function expectConfigError(run: () => unknown): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(KabinetError.isInstance(thrown)).toBe(true);
  expect((thrown as KabinetError).code).toBe('ERR_CONFIG');
}

describe('defineMachine', () => {
  test.prop([tableArb])(
    'transition(s, e) succeeds exactly when a row exists, and returns its target',
    (table) => {
      const machine = defineMachine(table);
      const rows = expand(table);
      for (const from of table.states) {
        for (const event of table.events) {
          const row = rows.find((r) => r.from === from && r.event === event);
          const result = machine.transition(from, event);
          expect(machine.can(from, event)).toBe(row !== undefined);
          if (row) {
            expect(result).toStrictEqual({ success: true, data: row.to });
          } else {
            expect(result).toStrictEqual({
              success: false,
              issues: [
                {
                  code: 'state.transition_not_allowed',
                  path: [],
                  params: { machine: 'random', from, event },
                },
              ],
            });
          }
        }
      }
    },
  );

  test.prop([tableArb])(
    'eventsFrom lists exactly the allowed events, once each, in the order of `events`',
    (table) => {
      const machine = defineMachine(table);
      const rows = expand(table);
      for (const state of table.states) {
        const allowed = table.events.filter((event) =>
          rows.some((r) => r.from === state && r.event === event),
        );
        expect(machine.eventsFrom(state)).toStrictEqual(allowed);
      }
    },
  );

  test.prop([tableArb, fc.nat(), fc.nat()])(
    'rejects a second row for the same state and event with ERR_CONFIG',
    (table, pick, target) => {
      const rows = expand(table);
      fc.pre(rows.length > 0);
      const row = rows[pick % rows.length]!;
      const duplicate = {
        from: row.from,
        event: row.event,
        to: table.states[target % table.states.length]!,
      };
      expectConfigError(() =>
        defineMachine({ ...table, transitions: [...table.transitions, duplicate] }),
      );
    },
  );

  test.prop([tableArb, fc.constantFrom('from', 'to', 'event', 'initial', 'final' as const)])(
    'rejects a table naming an unknown state or event with ERR_CONFIG',
    (table, where) => {
      const unknown = 'UNKNOWN';
      const state = table.states[0]!;
      const event = table.events[0]!;
      const broken: Table =
        where === 'initial'
          ? { ...table, initial: unknown }
          : where === 'final'
            ? { ...table, final: [...(table.final ?? []), unknown] }
            : {
                ...table,
                transitions: [
                  where === 'from'
                    ? { from: unknown, event, to: state }
                    : where === 'to'
                      ? { from: state, event, to: unknown }
                      : { from: state, event: unknown, to: state },
                ],
              };
      expectConfigError(() => defineMachine(broken));
    },
  );

  test.prop([tableArb])(
    'draws one Mermaid line per (from, event) row, plus the start and the ends',
    (table) => {
      const diagram = defineMachine(table).toMermaid();
      const lines = diagram.trimEnd().split('\n');
      const rows = expand(table);
      expect(lines[0]).toBe('stateDiagram-v2');
      expect(lines[1]).toBe(`  [*] --> ${table.initial}`);
      const rowLines = lines.filter((line) => line.includes(' : '));
      expect(rowLines).toHaveLength(rows.length);
      for (const row of rows)
        expect(rowLines).toContain(`  ${row.from} --> ${row.to} : ${row.event}`);
      expect(lines.filter((line) => line.endsWith('--> [*]'))).toStrictEqual(
        (table.final ?? []).map((s) => `  ${s} --> [*]`),
      );
      expect(lines).toHaveLength(2 + rows.length + (table.final ?? []).length);
      expect(diagram.endsWith('\n')).toBe(true);
    },
  );

  test.prop([tableArb])('keeps the definition it was given', (table) => {
    const machine = defineMachine(table);
    expect(machine.id).toBe(table.id);
    expect(machine.states).toStrictEqual(table.states);
    expect(machine.events).toStrictEqual(table.events);
    expect(machine.initial).toBe(table.initial);
    expect(machine.transitions).toStrictEqual(table.transitions);
  });

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

  it('walks a door through its table and refuses what the table does not allow', () => {
    expect(door.transition('open', 'close')).toStrictEqual({ success: true, data: 'closed' });
    expect(door.can('closed', 'close')).toBe(false);
    expect(door.eventsFrom('closed')).toStrictEqual(['open', 'lock']);
    const refused = door.transition('locked', 'open');
    expect(refused.success).toBe(false);
    expect(!refused.success && refused.issues[0]?.code).toBe('state.transition_not_allowed');
  });

  it('draws the door as a Mermaid state diagram', () => {
    expect(door.toMermaid()).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> open',
        '  open --> closed : close',
        '  closed --> open : open',
        '  closed --> locked : lock',
        '  locked --> closed : unlock',
        '',
      ].join('\n'),
    );
  });

  it('rejects a row listing the same state twice', () => {
    expectConfigError(() =>
      defineMachine({
        id: 'x',
        states: ['a', 'b'],
        events: ['go'],
        initial: 'a',
        transitions: [{ from: ['a', 'a'], event: 'go', to: 'b' }],
      }),
    );
  });
});
