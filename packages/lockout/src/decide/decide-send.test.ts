import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy } from '../policy/lockout-policy.js';
import { decideSend } from './decide-send.js';

const now = Date.UTC(2026, 0, 1, 12);

describe('decideSend', () => {
  it('S-5: allows the first send and says when the next may go', () => {
    expect(
      decideSend(
        {
          ipSendsToday: 1,
          cooldownHits: 1,
          cooldownEndsAt: now + 60_000,
          destinationSendsToday: 1,
        },
        'sms',
        now,
        defaultLockoutPolicy,
      ),
    ).toEqual({
      allowed: true,
      nextSendAt: now + 60_000,
      remainingToday: 4,
    });
  });

  test.prop([fc.integer({ min: 1, max: 30 }), fc.constantFrom('sms' as const, 'email' as const)])(
    'S-5: the daily cap per phone / e-mail',
    (count, channel) => {
      const cap = channel === 'sms' ? 5 : 10;
      const d = decideSend(
        { ipSendsToday: 1, cooldownHits: 1, cooldownEndsAt: now + 1, destinationSendsToday: count },
        channel,
        now,
        defaultLockoutPolicy,
      );
      expect(d.allowed).toBe(count <= cap);
      if (!d.allowed) expect(d.reason).toBe('capped');
    },
  );

  test.prop([fc.integer({ min: 2, max: 10 }), fc.integer({ min: 0, max: 60_000 })])(
    'S-5: a resend inside the cooldown waits for its end',
    (hits, left) => {
      expect(
        decideSend(
          {
            ipSendsToday: 1,
            cooldownHits: hits,
            cooldownEndsAt: now + left,
            destinationSendsToday: 1,
          },
          'sms',
          now,
          defaultLockoutPolicy,
        ),
      ).toEqual({
        allowed: false,
        reason: 'cooldown',
        retryAfterMs: left,
      });
    },
  );
});
