import { describe, expect, expectTypeOf, it } from 'vitest';
import { JOURNAL_ACTIONS, type JournalAction, type JournalPayloadOf, type KnownJournalAction } from './journal-actions.js';
import type { JsonValue } from '../entry/json-value.js';
import { checkAppendInput } from '../entry/check-append-input.js';

// Another package extends the catalogue by declaration merging (there: `declare module '@kabinet/audit'`).
declare module './journal-actions.js' {
  interface JournalActionCatalogue {
    'example.extension.added': { readonly paymentId: string; readonly amountKopecks: number };
  }
}

describe('journal action catalogue', () => {
  it('AUD-1: the built-in actions are well-formed action names', () => {
    for (const action of JOURNAL_ACTIONS) {
      expect(checkAppendInput({ actor: { type: 'system', id: 'sys' }, action, subject: { type: 'account', id: 'acc_1' } }).success).toBe(true);
    }
  });

  it('types payloads per action, accepts extensions by declaration merging and stays open to any string', () => {
    expectTypeOf<JournalPayloadOf<'contact.changed'>>().toEqualTypeOf<{ readonly kind: 'phone' | 'email'; readonly before: string | null; readonly after: string }>();
    expectTypeOf<JournalPayloadOf<'example.extension.added'>>().toEqualTypeOf<{ readonly paymentId: string; readonly amountKopecks: number }>();
    expectTypeOf<'example.extension.added'>().toExtend<KnownJournalAction>();
    expectTypeOf<JournalPayloadOf<'booking.created'>>().toEqualTypeOf<JsonValue>();
    expectTypeOf<'booking.created'>().toExtend<JournalAction>();
    expectTypeOf<JournalPayloadOf<'journal.subject.erased'>>().toEqualTypeOf<undefined>();
  });
});
