import { describe, expect, it } from 'vitest';
import { silentPrinter } from './printer.js';
import { runWalkthrough } from './walkthrough.js';

describe('walkthrough', () => {
  it('ACC-2, ACC-7, OTP-6, PAY-2, PAY-4, S-14: both people end confirmed, log in with TOTP, pay, and the journal verifies', async () => {
    const result = await runWalkthrough(silentPrinter, { account: { scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 } } });
    expect(result).toMatchObject({ journalVerified: true, levels: ['confirmed', 'confirmed'] });
  });
});
