import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { accountLifecycleMachine } from './account-lifecycle-machine.js';

describe('accountLifecycleMachine', () => {
  it('CONTACT-6: an account becomes active only from contacts_pending by confirming contacts, or by support (or its owner, from a lock)', () => {
    const intoActive = accountLifecycleMachine.transitions
      .filter((row) => row.to === 'active')
      .map((row) => row.event);
    expect(new Set(intoActive)).toEqual(
      new Set([
        'contacts_confirmed',
        'clarification_answered',
        'restriction_lifted',
        'lock_expired',
        'owner_unlock',
        'support_unblock',
      ]),
    );
    expect(accountLifecycleMachine.eventsFrom('contacts_pending')).not.toContain(
      'clarification_answered',
    );
  });

  it("ACC-5: a missed clarification deadline restricts; ACC-8: a lock is lifted by support (or by a timed lock running out, or by its owner's code)", () => {
    expect(
      accountLifecycleMachine.transition('clarification_requested', 'deadline_passed'),
    ).toEqual({ success: true, data: 'restricted' });
    const outOfLocked = accountLifecycleMachine.eventsFrom('locked');
    expect(outOfLocked).toEqual([
      'lock_expired',
      'owner_unlock',
      'support_block',
      'support_unblock',
    ]);
  });

  test.prop([fc.array(fc.constantFrom(...accountLifecycleMachine.events), { maxLength: 40 })])(
    'closed is final and a draft is only left by submitting it',
    (events) => {
      let state: (typeof accountLifecycleMachine.states)[number] = accountLifecycleMachine.initial;
      for (const event of events) {
        const r = accountLifecycleMachine.transition(state, event);
        if (state === 'closed') expect(r.success).toBe(false);
        if (state === 'draft' && r.success) expect(event).toBe('submit');
        if (r.success) state = r.data;
      }
    },
  );
});
