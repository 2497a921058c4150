import { hmacParts } from './hmac.js';

/** Input of {@link computeCodeMac}. */
export interface CodeMacInput {
  /** The `otp-pepper` key (32 bytes from the key provider). */
  readonly key: Uint8Array;
  /** The challenge the code belongs to. */
  readonly challengeId: string;
  /** The session that asked for the code (OTP-2). */
  readonly sessionId: string;
  /** The normalized code. */
  readonly code: string;
}

/**
 * The stored form of a one-time code: HMAC-SHA-256 under the server-side pepper over the
 * challenge id, the session id and the code (S-3, OTP-2), base64url. The same code for
 * another challenge or session gives an unrelated MAC, and a store dump without the pepper
 * reveals nothing a guess could be checked against.
 *
 * @param input - key, challenge id, session id and code
 * @returns the MAC, 43 base64url characters
 * @example
 * ```ts
 * const { kid, key } = keys.currentSecret('otp-pepper');
 * const mac = computeCodeMac({ key, challengeId: 'otp_01…', sessionId, code: '042917' });
 * ```
 */
export function computeCodeMac(input: CodeMacInput): string {
  return hmacParts(input.key, 'kabinet.otp.code.v1', [
    input.challengeId,
    input.sessionId,
    input.code,
  ]);
}
