import { describe, expect, it } from 'vitest';
import { computeCodeMac } from './compute-code-mac.js';
import { backupTag, hashBackupCode, parseBackupHash, backupHashMatches } from './backup-hash.js';

// Stored forms: a code MAC and a backup-code hash written before a refactor must still verify
// after it. These values were computed with node:crypto directly; any change of label, part
// encoding or output encoding turns them red.
const key = new Uint8Array(32).fill(7);

describe('stored forms stay byte-identical', () => {
  it('S-3: the code MAC is base64url HMAC-SHA-256 over the label and length-prefixed parts', () => {
    expect(computeCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code: '123456' })).toBe(
      'dlB9dSdcpqInmjrhDXVDAxsSlIbj6EVSXNBoY4u9VdU',
    );
  });

  it('S-6: the backup-code hash is bc1$kid$tag$N.r.p$salt$scrypt(HMAC pre-hash), tag the HMAC tag byte in hex', async () => {
    const random = { bytes: (n: number) => new Uint8Array(n).fill(1), int: () => 0 };
    const stored = await hashBackupCode(
      { kid: 'p1', key },
      'ABCD2345',
      { cost: 1024, blockSize: 8, parallelization: 1 },
      random,
    );
    expect(stored).toBe(
      'bc1$p1$dc$1024.8.1$AQEBAQEBAQEBAQEBAQEBAQ$Un_f5vW5up0OyFAoGlekKEbDuwIpI1HoixuwI88LdTk',
    );
    expect(backupTag(key, 'ABCD-2345')).toBe('e9');
    expect(await backupHashMatches(key, 'ABCD2345', parseBackupHash(stored)!)).toBe(true);
  });
});
