import { createCipheriv, createDecipheriv } from 'node:crypto';

/** AES-256-GCM encryption: returns nonce (12 bytes) and ciphertext ‖ tag (16 bytes). */
export function seal(
  key: Uint8Array,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: string,
): Uint8Array {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return new Uint8Array(body);
}

/** AES-256-GCM decryption of ciphertext ‖ tag; `undefined` when authentication fails. */
export function open(
  key: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
  aad: string,
): Uint8Array | undefined {
  if (sealed.length < 16 || iv.length !== 12 || key.length !== 32) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return new Uint8Array(
      Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]),
    );
  } catch {
    return undefined;
  }
}
