import { describe, expect, it } from 'vitest';
import { createTotpUri } from './create-totp-uri.js';
import { defaultTotpPolicy } from './totp-policy.js';

const secret = 'PERHBJ2KNH6XR3UITIMORHOXSK4AXRQM';

describe('createTotpUri', () => {
  it('OTP-6: builds an otpauth URI apps can read, leaving defaults out', () => {
    const uri = createTotpUri({ issuer: 'Госуслуги', label: 'a***@example.org', secret });
    const url = new URL(uri);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Госуслуги:a***@example.org');
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Госуслуги');
    expect(url.searchParams.has('digits')).toBe(false);
  });

  it('announces non-default digits and algorithm', () => {
    const url = new URL(
      createTotpUri({
        issuer: 'Portal',
        label: 'anna',
        secret,
        policy: { ...defaultTotpPolicy, digits: 8, algorithm: 'sha256' },
      }),
    );
    expect(url.searchParams.get('digits')).toBe('8');
    expect(url.searchParams.get('algorithm')).toBe('SHA256');
  });

  it('refuses an empty issuer or label, a colon in the issuer, or a non-base32 secret', () => {
    expect(() => createTotpUri({ issuer: '', label: 'a', secret })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => createTotpUri({ issuer: 'a:b', label: 'a', secret })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => createTotpUri({ issuer: 'a', label: ' ', secret })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => createTotpUri({ issuer: 'a', label: 'b', secret: 'not base32!' })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
