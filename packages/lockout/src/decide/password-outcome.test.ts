import { describe, expect, it } from 'vitest';
import { refusalReason } from './password-outcome.js';

describe('refusalReason', () => {
  it("ACC-9: the journal's reason is the kind, or the limit behind a retry_later — never its delay", () => {
    expect(refusalReason({ kind: 'wrong_password', retryAfterMs: 30_000 })).toBe('wrong_password');
    expect(refusalReason({ kind: 'locked', retryAfterMs: 60_000 })).toBe('locked');
    expect(refusalReason({ kind: 'locked' })).toBe('locked');
    expect(
      (['ip_capped', 'ip_delayed', 'busy', 'delayed'] as const).map((reason) =>
        refusalReason({ kind: 'retry_later', reason, retryAfterMs: 1_000 }),
      ),
    ).toEqual(['ip_capped', 'ip_delayed', 'busy', 'delayed']);
  });
});
