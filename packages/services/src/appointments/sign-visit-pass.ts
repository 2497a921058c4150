import { SignJWT } from 'jose';
import { KabinetError } from '@kabinet/core';
import type { SigningKey } from '@kabinet/ports';
import { VISIT_PASS_TYP, type VisitPassClaims } from './visit-pass-claims.js';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * Signs a visit pass: a compact JWS (EdDSA, Ed25519 via `node:crypto` keys, `typ` `kvp+jwt`,
 * the key's `kid`) of the appointment, office, service, start, end, `iat` and a short `exp`,
 * about 350 characters — a version-14 QR code at error correction M (reference/services.md §3).
 *
 * @param claims - what the pass says (`kid` is taken from the key)
 * @param key - the current visit-pass key (EdDSA)
 * @returns the compact JWS
 * @throws KabinetError `ERR_CONFIG` for a key that is not EdDSA
 * @example
 * ```ts
 * const [key] = generateVisitPassKeys();
 * const text = await signVisitPass({ appointmentId: 'apt_1', number: 'A7K2M9QX', officeId: 'mow-1', serviceId: 'patent', start, end, issuedAt: now, expiresAt: end + 1_800_000 }, key!);
 * ```
 */
export async function signVisitPass(
  claims: Omit<VisitPassClaims, 'kid'>,
  key: SigningKey,
): Promise<string> {
  if (key.alg !== 'EdDSA')
    throw new KabinetError('ERR_CONFIG', 'visit passes are signed with EdDSA (Ed25519) keys');
  return new SignJWT({
    num: claims.number,
    off: claims.officeId,
    svc: claims.serviceId,
    st: seconds(claims.start),
    en: seconds(claims.end),
  })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: VISIT_PASS_TYP })
    .setSubject(claims.appointmentId)
    .setIssuedAt(seconds(claims.issuedAt))
    .setExpirationTime(seconds(claims.expiresAt))
    .sign(key.privateKey);
}
