import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { IdentityCheckKind } from '@kabinet/ports';
import { identityCheckMachines } from './identity-check-machines.js';

const kinds = Object.keys(identityCheckMachines) as IdentityCheckKind[];

/** The shortest event path from `started` to `confirmed`, by breadth-first search over the table. */
function pathToConfirmed(kind: IdentityCheckKind): string[] | undefined {
  const machine = identityCheckMachines[kind];
  const queue: [string, string[]][] = [['started', []]];
  const seen = new Set<string>(['started']);
  while (queue.length > 0) {
    const [state, path] = queue.shift()!;
    if (state === 'confirmed') return path;
    for (const event of machine.eventsFrom(state as never)) {
      const r = machine.transition(state as never, event);
      if (r.success && !seen.has(r.data)) {
        seen.add(r.data);
        queue.push([r.data, [...path, event]]);
      }
    }
  }
  return undefined;
}

describe('identityCheckMachines', () => {
  it('ACC-7: there is a machine for every confirmation method and the documents check', () => {
    expect(kinds.sort()).toEqual([
      'bank',
      'document_upload',
      'documents',
      'e_signature',
      'in_person',
      'registered_mail',
      'sms_code',
      'video',
    ]);
  });

  it.each(kinds)(
    'ACC-5/ACC-7: %s reaches confirmed only through a registry confirmation',
    (kind) => {
      const path = pathToConfirmed(kind);
      expect(path?.at(-1)).toBe('registry_confirmed');
    },
  );

  it('ACC-7: registered mail completes only after the letter arrives; in person needs the activation link', () => {
    expect(pathToConfirmed('registered_mail')).toEqual([
      'letter_sent',
      'letter_code_entered',
      'registry_confirmed',
    ]);
    expect(pathToConfirmed('in_person')).toEqual([
      'operator_verified',
      'activation_used',
      'registry_confirmed',
    ]);
    expect(pathToConfirmed('sms_code')).toEqual([
      'code_sent',
      'code_verified',
      'registry_confirmed',
    ]);
  });

  test.prop([fc.constantFrom(...kinds), fc.array(fc.nat(20), { maxLength: 40 })])(
    'ACC-5: a clarification is always answered back into a registry check; confirmed and cancelled are final',
    (kind, picks) => {
      const machine = identityCheckMachines[kind];
      let state = machine.initial;
      for (const pick of picks) {
        const events = machine.eventsFrom(state);
        if (state === 'confirmed' || state === 'cancelled') {
          expect(events).toEqual([]);
          break;
        }
        if (state === 'clarification_requested' || state === 'overdue')
          expect(events).toContain('clarification_answered');
        const event = events[pick % events.length]!;
        const r = machine.transition(state, event);
        expect(r.success).toBe(true);
        if (r.success) state = r.data;
      }
    },
  );
});
