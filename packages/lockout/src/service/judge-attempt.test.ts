import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { judgeAttempt } from './judge-attempt.js';

describe('judgeAttempt', () => {
  it('maps booleans and otp outcomes', () => {
    expect(judgeAttempt(true)).toBe('success');
    expect(judgeAttempt(false)).toBe('failure');
    expect(judgeAttempt({ outcome: 'ok', challenge: {} })).toBe('success');
    expect(judgeAttempt({ outcome: 'wrong', attemptsLeft: 1 })).toBe('failure');
    for (const outcome of ['expired', 'used', 'locked', 'not_found', 'wrong_session', 'replayed'])
      expect(judgeAttempt({ outcome })).toBe('neutral');
  });

  test.prop([fc.anything()])('anything else is neutral, never a throw', (value) => {
    fc.pre(value !== true && value !== false);
    expect(['neutral', 'success', 'failure']).toContain(judgeAttempt(value));
  });
});
