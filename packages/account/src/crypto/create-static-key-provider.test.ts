import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import { createStaticKeyProvider, type StaticKeysConfig } from './create-static-key-provider.js';
import { generateDevelopmentKeys } from './generate-development-keys.js';

function configCode(config: unknown): string | undefined {
  try {
    createStaticKeyProvider(config as StaticKeysConfig);
  } catch (e) {
    return KabinetError.isInstance(e) ? e.code : 'other';
  }
  return undefined;
}

describe('createStaticKeyProvider', () => {
  const base = generateDevelopmentKeys();

  it('S-10: the first key of each list is current; retired keys are still found by kid', () => {
    const next = generateDevelopmentKeys('next');
    const keys = createStaticKeyProvider({
      signing: [...next.signing, ...base.signing],
      secrets: {
        ...base.secrets,
        'otp-pepper': [...next.secrets['otp-pepper'], ...base.secrets['otp-pepper']],
      },
    });
    expect(keys.currentSigningKey().kid).toBe('next-sig');
    expect(keys.verificationKeys().map((k) => k.kid)).toEqual(['next-sig', 'dev-sig']);
    expect(keys.currentSecret('otp-pepper').kid).toBe('next-otp');
    expect(keys.secretById('otp-pepper', 'dev-otp')?.key.length).toBe(32);
    expect(keys.secretById('otp-pepper', 'nope')).toBeUndefined();
  });

  it('accepts hex and base64url secrets and PEM signing keys', () => {
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const keys = createStaticKeyProvider({
      signing: [{ kid: 'es', alg: 'ES256', privateKey: pem }],
      secrets: {
        ...base.secrets,
        'blind-index': [{ kid: 'h', key: 'ab'.repeat(32) }],
        'pii-encryption': [{ kid: 'b', key: Buffer.alloc(32, 7).toString('base64url') }],
      },
    });
    expect(keys.currentSigningKey().publicKey.asymmetricKeyType).toBe('ec');
    expect(keys.currentSecret('pii-encryption').key).toEqual(new Uint8Array(32).fill(7));
  });

  it('fails at creation with ERR_CONFIG for missing, short, mismatched or duplicate keys', () => {
    expect(configCode(undefined)).toBe('ERR_CONFIG');
    expect(configCode({ ...base, signing: [] })).toBe('ERR_CONFIG');
    expect(configCode({ ...base, secrets: { ...base.secrets, 'pii-encryption': [] } })).toBe(
      'ERR_CONFIG',
    );
    expect(
      configCode({
        ...base,
        secrets: { ...base.secrets, 'otp-pepper': [{ kid: 'x', key: 'abcd' }] },
      }),
    ).toBe('ERR_CONFIG');
    expect(configCode({ ...base, signing: [{ ...base.signing[0]!, alg: 'ES256' }] })).toBe(
      'ERR_CONFIG',
    );
    expect(configCode({ ...base, signing: [base.signing[0]!, base.signing[0]!] })).toBe(
      'ERR_CONFIG',
    );
    expect(
      configCode({ ...base, signing: [{ kid: 's', alg: 'EdDSA', privateKey: 'not a pem' }] }),
    ).toBe('ERR_CONFIG');
    expect(configCode(base)).toBeUndefined();
  });
});
