import { hmacPartsRaw, macMatches } from './hmac.js';
import type { CodeMacInput } from './compute-code-mac.js';

/**
 * Checks a code against a stored MAC in constant time (S-3): recomputes
 * {@link computeCodeMac} and compares the bytes with `crypto.timingSafeEqual`.
 *
 * @param input - key, challenge id, session id, the typed (normalized) code and the stored `mac`
 * @returns whether the code is the one the MAC was made from
 * @example
 * ```ts
 * const key = keys.secretById('otp-pepper', record.kid)!.key;
 * verifyCodeMac({ key, challengeId: record.id, sessionId, code: '042917', mac: record.mac });
 * ```
 */
export function verifyCodeMac(input: CodeMacInput & { readonly mac: string }): boolean {
  return macMatches(
    hmacPartsRaw(input.key, 'kabinet.otp.code.v1', [
      input.challengeId,
      input.sessionId,
      input.code,
    ]),
    input.mac,
  );
}
