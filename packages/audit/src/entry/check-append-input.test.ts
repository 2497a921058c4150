import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkAppendInput } from './check-append-input.js';
import { actionArb, partyArb } from '../../test/fixtures/arbitraries.js';

const codes = (r: ReturnType<typeof checkAppendInput>): string[] => (r.success ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`));

describe('checkAppendInput', () => {
  test.prop([partyArb, actionArb, partyArb, fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })])('accepts opaque parties, dotted actions and JSON payloads', (actor, action, subject, payload) => {
    expect(checkAppendInput({ actor, action, subject, ...(payload === undefined ? {} : { payload }) }).success).toBe(true);
  });

  it('S-12: rejects an e-mail, a phone number or a name as a party id', () => {
    const subject = { type: 'account', id: 'acc_1' };
    expect(codes(checkAppendInput({ actor: { type: 'account', id: 'user@example.com' }, action: 'a.b', subject }))).toEqual(['audit.party.id@actor.id']);
    expect(codes(checkAppendInput({ actor: subject, action: 'a.b', subject: { type: 'account', id: '+79161234567' } }))).toEqual(['audit.party.id@subject.id']);
    expect(codes(checkAppendInput({ actor: subject, action: 'a.b', subject: { type: 'account', id: 'Иван Петров' } }))).toEqual(['audit.party.id@subject.id']);
  });

  it('reports every problem with its path and never throws', () => {
    const bad = checkAppendInput({ actor: { type: 'Account', id: '' }, action: 'login', subject: null as never, payload: { n: 1n } });
    expect(codes(bad)).toEqual([
      'audit.party.type@actor.type',
      'audit.party.id@actor.id',
      'audit.party.type@subject.type',
      'audit.party.id@subject.id',
      'audit.action.format@action',
      'audit.payload.not_json@payload',
    ]);
    expect(codes(checkAppendInput({ actor: { type: 'a', id: 'b' }, action: `a.${'b'.repeat(100)}`, subject: { type: 'a', id: 'b' } }))).toEqual(['audit.action.format@action']);
  });
});
