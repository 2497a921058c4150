import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { passesCsrf } from './check-csrf.js';
import { readCookie } from './read-cookie.js';

const csrf = {
  sessionCookie: 'kabinet_session',
  csrfCookie: 'kabinet_csrf',
  csrfHeader: 'x-csrf-token',
};

describe('readCookie', () => {
  it('reads one cookie by exact name, percent-decoded, and a malformed value as sent', () => {
    expect(readCookie('a=1; kabinet_session=ses_1.abc; b=2', 'kabinet_session')).toBe('ses_1.abc');
    expect(readCookie('x=%D0%BA', 'x')).toBe('к');
    expect(readCookie('x=%E0%A4%A', 'x')).toBe('%E0%A4%A');
    expect(readCookie('kabinet_session_2=v', 'kabinet_session')).toBeUndefined();
    expect(readCookie(null, 'x')).toBeUndefined();
  });

  it('reads only the first 8 KiB of the header', () => {
    const padding = `pad=${'x'.repeat(8200)}`;
    expect(readCookie(`${padding}; kabinet_session=ses_1.abc`, 'kabinet_session')).toBeUndefined();
  });

  it('the CSRF check sees exactly the session cookie authentication sees (one reader), however long the header', () => {
    const padding = `pad=${'x'.repeat(8200)}`;
    const beyond = new Request('https://lk.test/api/x', {
      method: 'POST',
      headers: { cookie: `${padding}; kabinet_session=ses_1.abc` },
    });
    // Unseen by authentication, so there is nothing to forge: the check does not apply.
    expect(readCookie(beyond.headers.get('cookie'), 'kabinet_session')).toBeUndefined();
    expect(passesCsrf(beyond, csrf)).toBe(true);
    const seen = new Request('https://lk.test/api/x', {
      method: 'POST',
      headers: { cookie: 'kabinet_session=ses_1.abc; kabinet_csrf=t1' },
    });
    expect(passesCsrf(seen, csrf)).toBe(false);
  });

  test.prop([fc.string()])('never throws on any header', (header) => {
    expect(() => readCookie(header, 'kabinet_session')).not.toThrow();
  });
});
