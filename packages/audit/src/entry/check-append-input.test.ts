import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkAppendInput, isPlainAppendInputValid } from './check-append-input.js';
import { actionArb, partyArb } from '../../test/fixtures/arbitraries.js';

const codes = (r: ReturnType<typeof checkAppendInput>): string[] =>
  r.success ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('checkAppendInput', () => {
  test.prop([
    partyArb,
    actionArb,
    partyArb,
    fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  ])(
    'accepts opaque parties, dotted actions and JSON payloads',
    (actor, action, subject, payload) => {
      expect(
        checkAppendInput({ actor, action, subject, ...(payload === undefined ? {} : { payload }) })
          .success,
      ).toBe(true);
    },
  );

  it('S-12: rejects an e-mail, a phone number or a name as a party id', () => {
    const subject = { type: 'account', id: 'acc_1' };
    expect(
      codes(
        checkAppendInput({
          actor: { type: 'account', id: 'user@example.com' },
          action: 'a.b',
          subject,
        }),
      ),
    ).toEqual(['audit.party.id@actor.id']);
    expect(
      codes(
        checkAppendInput({
          actor: subject,
          action: 'a.b',
          subject: { type: 'account', id: '+79161234567' },
        }),
      ),
    ).toEqual(['audit.party.id@subject.id']);
    expect(
      codes(
        checkAppendInput({
          actor: subject,
          action: 'a.b',
          subject: { type: 'account', id: 'Иван Петров' },
        }),
      ),
    ).toEqual(['audit.party.id@subject.id']);
  });

  it('reports every problem with its path and never throws', () => {
    const bad = checkAppendInput({
      actor: { type: 'Account', id: '' },
      action: 'login',
      subject: null as never,
      payload: { n: 1n },
    });
    expect(codes(bad)).toEqual([
      'audit.party.type@actor.type',
      'audit.party.id@actor.id',
      'audit.party.type@subject.type',
      'audit.party.id@subject.id',
      'audit.action.format@action',
      'audit.payload.not_json@payload',
    ]);
    expect(
      codes(
        checkAppendInput({
          actor: { type: 'a', id: 'b' },
          action: `a.${'b'.repeat(100)}`,
          subject: { type: 'a', id: 'b' },
        }),
      ),
    ).toEqual(['audit.action.format@action']);
  });

  // Valid, nearly valid and arbitrary parts, each seen many times (the memo must not change a verdict).
  const part = fc.oneof(
    fc.constantFrom(
      'account',
      'Account',
      'a-b',
      '1x',
      'acc_1',
      'x@y.ru',
      '+79991234567',
      '',
      'a'.repeat(129),
    ),
    fc.string({ maxLength: 40 }),
  );
  const anyParty = fc.oneof(
    fc.record({ type: part, id: part }),
    partyArb,
    fc.constantFrom(null, undefined, 'account', 7),
  );
  const anyAction = fc.oneof(
    actionArb,
    fc.constantFrom('login', 'a..b', 'A.b', `a.${'b'.repeat(100)}`, 'account.login.succeeded'),
    fc.string({ maxLength: 30 }),
  );

  test.prop([anyParty, anyAction, anyParty], { numRuns: 500 })(
    'S-12: the append fast path gives the verdict of checkAppendInput on inputs without a payload',
    (actor, action, subject) => {
      const input = { actor, action, subject } as never;
      expect(isPlainAppendInputValid(input)).toBe(checkAppendInput(input).success);
      expect(isPlainAppendInputValid(input)).toBe(checkAppendInput(input).success);
    },
  );

  it('the fast path leaves inputs with a payload to the full check', () => {
    expect(
      isPlainAppendInputValid({
        actor: { type: 'a', id: 'b' },
        action: 'a.b',
        subject: { type: 'a', id: 'b' },
        payload: { ok: true },
      }),
    ).toBe(false);
  });
});
