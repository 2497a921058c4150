import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { issue } from '../result/issue.js';
import { fail, ok } from '../result/result.js';
import { checkedPolicy } from './checked-policy.js';
import { KabinetError } from './kabinet-error.js';

const check = (p: { ttlMs: number; retries: number }) => {
  const bad = [
    ...(p.ttlMs > 0
      ? []
      : [issue('cache.policy.invalid', ['ttlMs'], { field: 'ttlMs', rule: 'positive_ms' })]),
    ...(p.retries >= 0
      ? []
      : [issue('cache.policy.invalid', ['retries'], { field: 'retries', rule: 'non_negative' })]),
  ];
  return bad.length === 0 ? ok(p) : fail(bad);
};

describe('checkedPolicy', () => {
  test.prop([fc.integer({ min: 1 }), fc.nat()])(
    'returns the policy itself when the check passes',
    (ttlMs, retries) => {
      const policy = { ttlMs, retries };
      expect(checkedPolicy('cache', policy, check)).toBe(policy);
    },
  );

  it('throws ERR_CONFIG naming every bad field with its rule, in the message and details', () => {
    let thrown: unknown;
    try {
      checkedPolicy('cache', { ttlMs: 0, retries: -1 }, check);
    } catch (error) {
      thrown = error;
    }
    expect(KabinetError.isInstance(thrown)).toBe(true);
    const error = thrown as KabinetError;
    expect(error.code).toBe('ERR_CONFIG');
    expect(error.message).toBe('invalid cache policy: ttlMs positive_ms, retries non_negative');
    expect(error.details).toEqual({ fields: 'ttlMs positive_ms, retries non_negative' });
  });
});
