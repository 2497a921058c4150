import { KabinetError } from '@kabinet/core';
import type { KeyProvider } from '@kabinet/ports';
import { hmacParts, hmacPartsRaw, macMatches } from '../../_lib/hmac.js';
import { isIdString } from '../../_lib/strings.js';
import type { ChallengeRecord } from '../challenge-record.js';

const SESSION_LABEL = 'kabinet.otp.session.v1';

/** The stored MAC of the session that asked for a code (OTP-2), under an `otp-pepper` key. */
export function sessionMac(key: Uint8Array, sessionId: string): string {
  return hmacParts(key, SESSION_LABEL, [sessionId]);
}

/** The `otp-pepper` key a challenge's MACs were made with; a key dropped too early is `ERR_CRYPTO`. */
export function pepperFor(keys: KeyProvider, record: ChallengeRecord): Uint8Array {
  const secret = keys.secretById('otp-pepper', record.kid);
  if (secret === undefined) {
    throw new KabinetError(
      'ERR_CRYPTO',
      `otp-pepper key ${record.kid} is not configured; it must be kept until its codes expire`,
      {
        details: { kid: record.kid },
      },
    );
  }
  return secret.key;
}

/** Whether a challenge belongs to the session (OTP-2), compared in constant time; any non-id is not its session. */
export function ownedBy(keys: KeyProvider, record: ChallengeRecord, sessionId: unknown): boolean {
  return (
    isIdString(sessionId, 512) &&
    macMatches(hmacPartsRaw(pepperFor(keys, record), SESSION_LABEL, [sessionId]), record.sessionMac)
  );
}
