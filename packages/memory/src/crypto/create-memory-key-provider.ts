import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { KeyProvider, SecretKey, SecretPurpose, SigningKey } from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';

/** Options of {@link createMemoryKeyProvider}. */
export interface MemoryKeyProviderOptions {
  /** The signing algorithm of generated keys (default `EdDSA`, Ed25519; `ES256` uses P-256). */
  readonly alg?: 'EdDSA' | 'ES256';
}

/**
 * A {@link KeyProvider} whose keys are generated in memory, with rotation.
 *
 * @example
 * ```ts
 * const keys = createMemoryKeyProvider();
 * const old = keys.currentSecret('pii-encryption');
 * keys.rotate('pii-encryption');
 * keys.secretById('pii-encryption', old.kid); // still there for decryption
 * ```
 */
export interface MemoryKeyProvider extends KeyProvider {
  /** Makes a fresh 32-byte secret the current one for `purpose`; earlier ones stay findable by kid. @returns the new secret */
  rotate(purpose: SecretPurpose): SecretKey;
  /** Makes a fresh signing key current; earlier ones stay in `verificationKeys()`. @returns the new key */
  rotateSigningKey(): SigningKey;
}

/**
 * Creates a key provider for tests and demos: a fresh Ed25519 (or P-256) signing key, and a
 * fresh 32-byte secret per purpose created on first use, all from the OS CSPRNG and never
 * persisted, so everything signed or encrypted with them is unreadable after a restart. Use
 * a provider over configured keys in production (S-10, S-12). Rotation keeps retired keys for
 * verification and decryption; `kid`s are random, so two providers never share one.
 *
 * @param options - the signing algorithm
 * @returns the provider
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for an unknown algorithm
 * @example
 * ```ts
 * import { createMemoryKeyProvider } from '@kabinet/memory';
 * const keys = createMemoryKeyProvider();
 * const { kid, privateKey } = keys.currentSigningKey(); // Ed25519, alg 'EdDSA'
 * keys.rotateSigningKey();
 * keys.verificationKeys().length; // 2
 * ```
 */
export function createMemoryKeyProvider(options: MemoryKeyProviderOptions = {}): MemoryKeyProvider {
  const alg = options.alg ?? 'EdDSA';
  if (alg !== 'EdDSA' && alg !== 'ES256')
    invalidArgument('alg is EdDSA or ES256', { alg: String(alg) });
  const kid = (prefix: string): string => `${prefix}_${randomBytes(9).toString('base64url')}`;

  const newSigningKey = (): SigningKey => {
    const pair =
      alg === 'EdDSA'
        ? generateKeyPairSync('ed25519')
        : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return {
      kid: kid(alg === 'EdDSA' ? 'ed25519' : 'p256'),
      alg,
      privateKey: pair.privateKey,
      publicKey: pair.publicKey,
    };
  };
  const newSecret = (purpose: SecretPurpose): SecretKey => ({
    kid: kid(purpose),
    key: new Uint8Array(randomBytes(32)),
  });
  const copy = (secret: SecretKey): SecretKey => ({ kid: secret.kid, key: secret.key.slice() });

  // Newest first.
  const signing: SigningKey[] = [newSigningKey()];
  const secrets = new Map<SecretPurpose, SecretKey[]>();
  const secretsOf = (purpose: SecretPurpose): SecretKey[] => {
    let list = secrets.get(purpose);
    if (list === undefined) {
      list = [newSecret(purpose)];
      secrets.set(purpose, list);
    }
    return list;
  };

  return {
    currentSigningKey: () => signing[0]!,
    verificationKeys: () => signing.slice(),
    currentSecret: (purpose) => copy(secretsOf(purpose)[0]!),
    secretById(purpose, id) {
      const found = secrets.get(purpose)?.find((s) => s.kid === id);
      return found === undefined ? undefined : copy(found);
    },
    rotate(purpose) {
      const fresh = newSecret(purpose);
      secretsOf(purpose).unshift(fresh);
      return copy(fresh);
    },
    rotateSigningKey() {
      const fresh = newSigningKey();
      signing.unshift(fresh);
      return fresh;
    },
  };
}
