import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { createPiiCipher } from './create-pii-cipher.js';
import { createStaticKeyProvider } from './create-static-key-provider.js';
import { generateDevelopmentKeys } from './generate-development-keys.js';

const config = generateDevelopmentKeys('a');
const keys = createStaticKeyProvider(config);
const pii = createPiiCipher(keys);

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return KabinetError.isInstance(e) ? e.code : 'not-kabinet';
  }
  return undefined;
}

describe('createPiiCipher', () => {
  test.prop([fc.string(), fc.string({ minLength: 1, maxLength: 40 })])(
    'ACC-10: round-trips any text and hides it',
    (text, context) => {
      const stored = pii.encrypt(text, context);
      expect(stored.startsWith('enc.v1.a-pii.')).toBe(true);
      expect(pii.decrypt(stored, context)).toBe(text);
      if (text.length >= 4) expect(stored).not.toContain(text);
    },
  );

  it('S-12: a ciphertext is bound to its context and detects tampering', () => {
    const stored = pii.encrypt('4510 123456', 'account:acc_1:personal');
    expect(code(() => pii.decrypt(stored, 'account:acc_2:personal'))).toBe('ERR_CRYPTO');
    const last = stored.at(-1) === 'A' ? 'B' : 'A';
    expect(code(() => pii.decrypt(stored.slice(0, -1) + last, 'account:acc_1:personal'))).toBe(
      'ERR_CRYPTO',
    );
    expect(code(() => pii.decrypt('garbage', 'x'))).toBe('ERR_CRYPTO');
  });

  it('S-12: keys rotate by kid — old ciphertexts still decrypt and are reported stale', () => {
    const old = pii.encryptJson({ birthDate: '1990-05-17' }, 'c');
    const next = generateDevelopmentKeys('b');
    const rotated = createStaticKeyProvider({
      signing: config.signing,
      secrets: {
        ...config.secrets,
        'pii-encryption': [...next.secrets['pii-encryption'], ...config.secrets['pii-encryption']],
      },
    });
    const cipher = createPiiCipher(rotated);
    expect(cipher.decryptJson(old, 'c')).toEqual({ birthDate: '1990-05-17' });
    expect(cipher.isStale(old)).toBe(true);
    expect(cipher.isStale(cipher.encrypt('x', 'c'))).toBe(false);
    const withoutOld = createPiiCipher(createStaticKeyProvider(next));
    expect(code(() => withoutOld.decrypt(old, 'c'))).toBe('ERR_CRYPTO');
  });
});
