import { describe, expect, it } from 'vitest';
import type { KeyProvider } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { createBlindIndex } from '../crypto/create-blind-index.js';
import { macSecret, verifySecretMac } from './secret-mac.js';

// Stored forms: blind indexes are unique keys in the store and letter secrets are kept as MACs,
// so both must stay `<kid>:<hex HMAC-SHA-256 of scope NUL value>` byte for byte. These values
// were computed with node:crypto directly.
const secret = { kid: 'k1', key: new Uint8Array(32).fill(7) };
const keys = {
  currentSecret: () => secret,
  secretById: (_p: string, kid: string) => (kid === 'k1' ? secret : undefined),
} as unknown as KeyProvider;

describe('keyed MACs of account secrets and indexes', () => {
  it('S-12: a blind index keeps its stored form', () => {
    expect(createBlindIndex(keys)('phone', '+998901234567')).toBe(
      'k1:4efa1b3ec14b07f0ba3f46e884625012bf5436a116ef18b80e398a92b9a41aa4',
    );
  });

  it('S-3: a letter secret MAC keeps its stored form and verifies', () => {
    const ctx = { keys } as unknown as AccountContext;
    const stored = macSecret(ctx, 'letter:chk_1', 'ABC123');
    expect(stored).toBe('k1:46cb7121593628dc904d4a9249221b61d9e19488042065933508741f79321e0b');
    expect(verifySecretMac(ctx, 'letter:chk_1', 'ABC123', stored)).toBe(true);
    expect(verifySecretMac(ctx, 'letter:chk_1', 'ABC124', stored)).toBe(false);
    expect(verifySecretMac(ctx, 'letter:chk_2', 'ABC123', stored)).toBe(false);
  });
});
