import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { accountLevelMachine } from './account-level-machine.js';

const order = ['none', 'simplified', 'standard', 'confirmed'] as const;

describe('accountLevelMachine', () => {
  test.prop([fc.array(fc.constantFrom(...accountLevelMachine.events), { maxLength: 30 })])(
    'ACC-2: any event sequence moves the level up one step at a time and never down',
    (events) => {
      let level: (typeof order)[number] = accountLevelMachine.initial;
      for (const event of events) {
        const r = accountLevelMachine.transition(level, event);
        if (!r.success) continue;
        expect(order.indexOf(r.data)).toBe(order.indexOf(level) + 1);
        level = r.data;
      }
    },
  );

  it('ACC-2: each level rises only through its own evidence', () => {
    expect(accountLevelMachine.eventsFrom('none')).toEqual(['contacts_confirmed']);
    expect(accountLevelMachine.eventsFrom('simplified')).toEqual(['documents_verified']);
    expect(accountLevelMachine.eventsFrom('standard')).toEqual(['identity_confirmed']);
    expect(accountLevelMachine.eventsFrom('confirmed')).toEqual([]);
    expect(accountLevelMachine.transition('simplified', 'identity_confirmed')).toMatchObject({
      success: false,
      issues: [{ code: 'state.transition_not_allowed' }],
    });
  });
});
