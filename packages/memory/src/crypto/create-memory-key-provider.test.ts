import { sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryKeyProvider } from './create-memory-key-provider.js';

describe('createMemoryKeyProvider', () => {
  it('S-10: the signing key is Ed25519 (EdDSA) and signs what its public key verifies', () => {
    const keys = createMemoryKeyProvider();
    const key = keys.currentSigningKey();
    expect(key.alg).toBe('EdDSA');
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    const data = Buffer.from('checkpoint');
    expect(verify(null, data, key.publicKey, sign(null, data, key.privateKey))).toBe(true);
  });

  it('ES256 keys are P-256', () => {
    const key = createMemoryKeyProvider({ alg: 'ES256' }).currentSigningKey();
    expect(key.alg).toBe('ES256');
    expect(key.privateKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('S-10: rotateSigningKey makes a new current key and keeps the old one for verification', () => {
    const keys = createMemoryKeyProvider();
    const old = keys.currentSigningKey();
    const fresh = keys.rotateSigningKey();
    expect(keys.currentSigningKey()).toBe(fresh);
    expect(fresh.kid).not.toBe(old.kid);
    expect(keys.verificationKeys().map((k) => k.kid)).toEqual([fresh.kid, old.kid]);
  });

  it('S-12: secrets are 32 bytes, stable per purpose, distinct across purposes', () => {
    const keys = createMemoryKeyProvider();
    const pii = keys.currentSecret('pii-encryption');
    expect(pii.key).toHaveLength(32);
    expect(keys.currentSecret('pii-encryption')).toEqual(pii);
    const pepper = keys.currentSecret('otp-pepper');
    expect(Buffer.from(pepper.key).equals(Buffer.from(pii.key))).toBe(false);
    expect(pepper.kid).not.toBe(pii.kid);
  });

  it('S-12: rotate(purpose) makes a new current secret; the old one is still found by kid; other purposes are untouched', () => {
    const keys = createMemoryKeyProvider();
    const old = keys.currentSecret('pii-encryption');
    const pepper = keys.currentSecret('otp-pepper');
    const fresh = keys.rotate('pii-encryption');
    expect(keys.currentSecret('pii-encryption')).toEqual(fresh);
    expect(keys.secretById('pii-encryption', old.kid)).toEqual(old);
    expect(keys.secretById('otp-pepper', old.kid)).toBeUndefined();
    expect(keys.secretById('pii-encryption', 'unknown')).toBeUndefined();
    expect(keys.currentSecret('otp-pepper')).toEqual(pepper);
  });

  it('returned secret bytes are copies', () => {
    const keys = createMemoryKeyProvider();
    const first = keys.currentSecret('blind-index');
    const before = Buffer.from(first.key).toString('hex');
    first.key.fill(0);
    expect(Buffer.from(keys.currentSecret('blind-index').key).toString('hex')).toBe(before);
  });

  it('two providers never share a kid or a key', () => {
    const a = createMemoryKeyProvider();
    const b = createMemoryKeyProvider();
    expect(a.currentSigningKey().kid).not.toBe(b.currentSigningKey().kid);
    expect(a.currentSecret('journal-payload').kid).not.toBe(b.currentSecret('journal-payload').kid);
  });

  it('an unknown algorithm is misuse', () => {
    expect(() => createMemoryKeyProvider({ alg: 'RS256' as 'ES256' })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
