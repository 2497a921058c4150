import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { httpStatusOfIssue } from './http-status-of-issue.js';

describe('httpStatusOfIssue', () => {
  it('S-8: every login failure code maps to the one 401', () => {
    expect(httpStatusOfIssue('auth.invalid_credentials')).toBe(401);
  });

  it('S-4, S-5, S-7: limit codes are 429', () => {
    for (const code of ['auth.retry_later', 'auth.send_limited', 'auth.code_blocked', 'lockout.send_capped']) expect(httpStatusOfIssue(code)).toBe(429);
  });

  it('*.not_found codes are 404; plain input issues are left to 422', () => {
    expect(httpStatusOfIssue('payment.not_found')).toBe(404);
    expect(httpStatusOfIssue('registration.draft_not_found')).toBe(404);
    expect(httpStatusOfIssue('snils.checksum')).toBeUndefined();
    expect(httpStatusOfIssue('input.required')).toBeUndefined();
  });

  it('DESIGN-8: service_unavailable is 503 (a store or counter cannot answer; fail closed, sent with Retry-After)', () => {
    expect(httpStatusOfIssue('service_unavailable')).toBe(503);
    expect(httpStatusOfIssue('internal_error')).toBe(500);
  });

  test.prop([fc.string()])('never throws and only answers client-error statuses, even for prototype keys', (code) => {
    const status = httpStatusOfIssue(code);
    if (status !== undefined && code !== 'internal_error' && code !== 'service_unavailable') expect(status >= 400 && status < 500).toBe(true);
    expect(httpStatusOfIssue('constructor')).toBeUndefined();
  });
});
