import { createCipheriv, createDecipheriv } from 'node:crypto';
import { KabinetError, cryptoRandom, type Random } from '@kabinet/core';
import type { EncryptedText, KeyProvider } from '@kabinet/ports';

/** Authenticated encryption of personal data with key ids (ACC-10, S-12). */
export interface PiiCipher {
  /** Encrypts `plaintext` with the current `pii-encryption` key, bound to `context`. */
  encrypt(plaintext: string, context: string): EncryptedText;
  /**
   * Decrypts with the key named in the ciphertext.
   * @throws KabinetError `ERR_CRYPTO` for an unknown key, a wrong context or tampering.
   */
  decrypt(ciphertext: EncryptedText, context: string): string;
  /** JSON round trip over {@link PiiCipher.encrypt}. */
  encryptJson(value: unknown, context: string): EncryptedText;
  /** JSON round trip over {@link PiiCipher.decrypt}. */
  decryptJson<T>(ciphertext: EncryptedText, context: string): T;
  /** Whether the ciphertext was made with a key other than the current one (re-encrypt on rotation). */
  isStale(ciphertext: EncryptedText): boolean;
}

const PURPOSE = 'pii-encryption';

function cryptoError(message: string, cause?: unknown): KabinetError {
  return new KabinetError('ERR_CRYPTO', message, cause === undefined ? {} : { cause });
}

function split(ciphertext: string): { kid: string; iv: Buffer; body: Buffer } {
  const parts = ciphertext.split('.');
  if (parts.length < 5 || parts[0] !== 'enc' || parts[1] !== 'v1')
    throw cryptoError('not a Kabinet ciphertext');
  const body = Buffer.from(parts.at(-1)!, 'base64url');
  const iv = Buffer.from(parts.at(-2)!, 'base64url');
  if (iv.length !== 12 || body.length < 16) throw cryptoError('malformed ciphertext');
  return { kid: parts.slice(2, -2).join('.'), iv, body };
}

/**
 * Creates the cipher that keeps personal data encrypted at rest: AES-256-GCM with a random
 * 96-bit nonce, the key from the key provider's `pii-encryption` purpose, its `kid` in the
 * output (`enc.v1.<kid>.<iv>.<ciphertext+tag>`) so keys rotate without breaking stored
 * data, and a `context` (e.g. `account:acc_1:personal`) as additional authenticated data so
 * a ciphertext cannot be moved to another record or field.
 *
 * @param keys - the key provider
 * @param random - the nonce source (default: the CSPRNG)
 * @returns the cipher
 * @example
 * ```ts
 * const pii = createPiiCipher(keys);
 * const stored = pii.encryptJson({ birthDate: '1990-05-17' }, 'account:acc_1:personal');
 * pii.decryptJson(stored, 'account:acc_1:personal'); // { birthDate: '1990-05-17' }
 * ```
 */
export function createPiiCipher(keys: KeyProvider, random: Random = cryptoRandom): PiiCipher {
  const encrypt = (plaintext: string, context: string): EncryptedText => {
    const { kid, key } = keys.currentSecret(PURPOSE);
    if (key.length !== 32)
      throw new KabinetError('ERR_CONFIG', `${PURPOSE} key ${kid} must be 32 bytes`);
    const iv = random.bytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return `enc.v1.${kid}.${Buffer.from(iv).toString('base64url')}.${body.toString('base64url')}`;
  };
  const decrypt = (ciphertext: EncryptedText, context: string): string => {
    const { kid, iv, body } = split(ciphertext);
    const secret = keys.secretById(PURPOSE, kid);
    if (secret === undefined) throw cryptoError(`unknown ${PURPOSE} key ${kid}`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', secret.key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([
        decipher.update(body.subarray(0, body.length - 16)),
        decipher.final(),
      ]).toString('utf8');
    } catch (cause) {
      throw cryptoError(
        'personal data failed authentication (wrong key, context or tampered)',
        cause,
      );
    }
  };
  return {
    encrypt,
    decrypt,
    encryptJson: (value, context) => encrypt(JSON.stringify(value), context),
    decryptJson: <T>(ciphertext: EncryptedText, context: string) =>
      JSON.parse(decrypt(ciphertext, context)) as T,
    isStale: (ciphertext) => split(ciphertext).kid !== keys.currentSecret(PURPOSE).kid,
  };
}
