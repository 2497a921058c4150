import { KabinetError } from '@kabinet/core';
import { canonicalizeJson } from './canonicalize-json.js';
import { sha256Hex } from '../_lib/sha256.js';

/**
 * The salted commitment a journal entry carries instead of its payload (S-12): hex
 * SHA-256(salt ‖ RFC 8785 JSON of the payload). The salt is kept only inside the encrypted
 * payload, so once the payload is erased a guessable value (a phone number, an IP address)
 * cannot be confirmed against the commitment.
 *
 * @param payload - the payload
 * @param salt - 16 or more random bytes
 * @returns 64 lower-case hex characters
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when the payload has no canonical JSON form or the
 *   salt is shorter than 16 bytes
 * @example
 * ```ts
 * const commitment = commitPayload({ kind: 'phone', before: null, after: '+79161234567' }, cryptoRandom.bytes(16));
 * ```
 */
export function commitPayload(payload: unknown, salt: Uint8Array): string {
  if (salt.length < 16) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'a payload commitment needs a salt of at least 16 bytes',
      {
        details: { saltLength: salt.length },
      },
    );
  }
  const json = Buffer.from(canonicalizeJson(payload), 'utf8');
  const input = Buffer.allocUnsafe(salt.length + json.length);
  input.set(salt, 0);
  input.set(json, salt.length);
  return sha256Hex(input);
}
