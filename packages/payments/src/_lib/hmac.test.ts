import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, verifyHmacHex } from './hmac.js';

describe('provider signatures', () => {
  it('are lower-case hex HMAC-SHA-256 under the secret as UTF-8, compared in constant time whatever the case', () => {
    const signed = '1700000000.{"id":"evt_1"}';
    expect(hmacSha256Hex('whsec_test', signed)).toBe(
      'c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925',
    );
    expect(
      verifyHmacHex(
        'whsec_test',
        signed,
        'C89214B5B5DA833DAED6F0B8C5BB6BD58CEA9022BD80CCC78230F3942D632925',
      ),
    ).toBe(true);
    expect(
      verifyHmacHex(
        'whsec_test',
        `${signed} `,
        'c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925',
      ),
    ).toBe(false);
  });
});
