import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createHmac } from 'node:crypto';
import { hmacSha256 } from './hmac-sha256.js';

describe('hmacSha256', () => {
  it('is HMAC-SHA-256 (RFC 4231 test case 1) in each encoding', () => {
    const key = new Uint8Array(20).fill(0x0b);
    const hex = 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7';
    expect(hmacSha256(key, 'Hi There', 'hex')).toBe(hex);
    expect(hmacSha256(key, 'Hi There', 'base64url')).toBe(
      Buffer.from(hex, 'hex').toString('base64url'),
    );
    expect(hmacSha256(key, 'Hi There', 'raw').equals(Buffer.from(hex, 'hex'))).toBe(true);
  });

  it('takes a string key as its UTF-8 bytes', () => {
    expect(hmacSha256('ключ', 'm', 'hex')).toBe(
      hmacSha256(Buffer.from('ключ', 'utf8'), 'm', 'hex'),
    );
  });

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.string()])(
    'matches node:crypto, and a key buffer reused with new content gives the new key',
    (key, message) => {
      expect(hmacSha256(key, message, 'hex')).toBe(
        createHmac('sha256', key).update(message, 'utf8').digest('hex'),
      );
      const reused = Uint8Array.from(key);
      hmacSha256(reused, message, 'hex');
      reused[0] = (reused[0]! + 1) % 256;
      expect(hmacSha256(reused, message, 'hex')).toBe(
        createHmac('sha256', reused).update(message, 'utf8').digest('hex'),
      );
    },
  );
});
