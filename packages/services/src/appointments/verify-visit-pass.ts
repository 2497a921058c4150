import { createPublicKey, type KeyObject } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { fail, issue, ok, type Result } from '@kabinet/core';
import {
  VISIT_PASS_TYP,
  type VisitPassClaims,
  type VisitPassPublicKey,
} from './visit-pass-claims.js';
import type { AppointmentMessageCode } from './appointment-messages.js';

/**
 * The codes {@link verifyVisitPass} refuses with: the catalogue's `visit_pass.*` keys, so a code
 * without a ru/en message is not one.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: VisitPassIssueCode = 'visit_pass.expired';
 * ```
 */
export type VisitPassIssueCode = Extract<AppointmentMessageCode, `visit_pass.${string}`>;

const PART = /^[A-Za-z0-9_-]+$/;
const canonical = (part: string): boolean =>
  PART.test(part) &&
  part.length % 4 !== 1 &&
  Buffer.from(part, 'base64url').toString('base64url') === part;
const keyCache = new WeakMap<VisitPassPublicKey, KeyObject>();

function keyOf(jwk: VisitPassPublicKey): KeyObject {
  let key = keyCache.get(jwk);
  if (key === undefined) {
    key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
    keyCache.set(jwk, key);
  }
  return key;
}

/**
 * Verifies a visit pass offline, as an operator's scanner does: three canonical base64url parts,
 * `typ` `kvp+jwt`, algorithm pinned to EdDSA, a `kid` among the given public keys, the Ed25519
 * signature, the claims' shapes, and `exp` against `now` (no tolerance). Any change to the
 * text — one flipped character — is refused. It does not know whether the appointment was
 * cancelled since: the service's check-in reads the record too.
 *
 * @param text - what the QR code holds
 * @param publicKeys - the published keys (`GET /v1/visit-pass-keys`)
 * @param now - the scanner's time, epoch ms
 * @returns the claims, or an issue `visit_pass.*`
 * @example
 * ```ts
 * const checked = await verifyVisitPass(scanned, publicKeys, Date.now());
 * if (checked.success) console.log(checked.data.appointmentId, new Date(checked.data.start));
 * ```
 */
export async function verifyVisitPass(
  text: string,
  publicKeys: readonly VisitPassPublicKey[],
  now: number,
): Promise<Result<VisitPassClaims, VisitPassIssueCode>> {
  const parts = typeof text === 'string' && text.length <= 2048 ? text.split('.') : [];
  if (parts.length !== 3 || !parts.every(canonical)) return fail(issue('visit_pass.malformed', []));
  let kid: unknown;
  try {
    const header = decodeProtectedHeader(text);
    if (header.alg !== 'EdDSA' || header.typ !== VISIT_PASS_TYP)
      return fail(issue('visit_pass.malformed', []));
    kid = header.kid;
  } catch {
    return fail(issue('visit_pass.malformed', []));
  }
  const jwk = publicKeys.find((k) => k.kid === kid);
  if (jwk === undefined) return fail(issue('visit_pass.unknown_key', []));
  let payload: Record<string, unknown>;
  try {
    payload = (
      await jwtVerify(text, keyOf(jwk), {
        algorithms: ['EdDSA'],
        typ: VISIT_PASS_TYP,
        currentDate: new Date(now),
        clockTolerance: 0,
      })
    ).payload;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_JWT_EXPIRED') return fail(issue('visit_pass.expired', []));
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
      return fail(issue('visit_pass.signature', []));
    return fail(issue('visit_pass.malformed', []));
  }
  const { sub, num, off, svc, st, en, iat, exp } = payload;
  const str = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= 128;
  const int = (v: unknown): v is number => Number.isSafeInteger(v);
  if (
    !str(sub) ||
    !str(num) ||
    !str(off) ||
    !str(svc) ||
    !int(st) ||
    !int(en) ||
    !int(iat) ||
    !int(exp) ||
    en < st
  )
    return fail(issue('visit_pass.malformed', []));
  if (exp * 1000 <= now) return fail(issue('visit_pass.expired', []));
  return ok({
    appointmentId: sub,
    number: num,
    officeId: off,
    serviceId: svc,
    start: st * 1000,
    end: en * 1000,
    issuedAt: iat * 1000,
    expiresAt: exp * 1000,
    kid: String(kid),
  });
}
