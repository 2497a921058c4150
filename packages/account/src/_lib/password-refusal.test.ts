import { fc, test } from '@fast-check/vitest';
import { issue } from '@kabinet/core';
import { describe, expect } from 'vitest';
import { passwordRefusal, type RefusedPassword } from './password-refusal.js';

const retryAfterMs = fc.integer({ min: 1, max: 2 * 86_400_000 });
const refused: fc.Arbitrary<RefusedPassword> = fc.oneof(
  fc.record({ kind: fc.constant('wrong_password' as const) }),
  fc.record({ kind: fc.constant('wrong_password' as const), retryAfterMs }),
  fc.record({ kind: fc.constant('locked' as const) }),
  fc.record({ kind: fc.constant('locked' as const), retryAfterMs }),
  fc.record({
    kind: fc.constant('retry_later' as const),
    reason: fc.constantFrom('ip_capped', 'ip_delayed', 'busy', 'delayed' as const),
    retryAfterMs,
  }),
);

describe('passwordRefusal', () => {
  test.prop([refused])(
    'S-8: a locked account and a wrong password are one answer, whatever their delays',
    (outcome) => {
      if (outcome.kind === 'retry_later') return;
      expect(passwordRefusal(outcome)).toEqual({ code: 'auth.invalid_credentials', path: [] });
      const field = issue('auth.wrong_password', ['currentPassword']);
      expect(passwordRefusal(outcome, field)).toBe(field);
    },
  );

  test.prop([refused])(
    "S-7: a limit of the client's own is auth.retry_later with the wait in whole seconds, rounded up",
    (outcome) => {
      if (outcome.kind !== 'retry_later') return;
      const answer = passwordRefusal(outcome, issue('auth.wrong_password', ['currentPassword']));
      expect(answer.code).toBe('auth.retry_later');
      const seconds = answer.params?.['seconds'] as number;
      expect(seconds * 1000).toBeGreaterThanOrEqual(outcome.retryAfterMs);
      expect((seconds - 1) * 1000).toBeLessThan(outcome.retryAfterMs);
    },
  );
});
