import { verify as verifySignature } from 'node:crypto';
import { fail, issue, ok, type Result } from '@kabinet/core';
import type { SigningKey } from '@kabinet/ports';
import { CHECKPOINT_JWS_TYPE, type VerifiedCheckpoint } from './checkpoint-body.js';
import { checkCheckpointBody } from '../_lib/check-checkpoint-body.js';
import { fromBase64url } from '../_lib/base64url.js';

/** Issue codes of {@link verifyCheckpoint}. */
export type CheckpointIssueCode =
  | 'audit.checkpoint.malformed'
  | 'audit.checkpoint.unknown_key'
  | 'audit.checkpoint.signature'
  | 'audit.checkpoint.origin';

/** Options of {@link verifyCheckpoint}. */
export interface VerifyCheckpointOptions {
  /** The origin the checkpoint must name; any when omitted. */
  readonly origin?: string;
}

/**
 * Verifies a signed checkpoint against trusted public keys: the JWS signature by the key its
 * `kid` names (EdDSA or ES256 only, pinned to the key), the `typ`, and the body's shape and
 * origin. The compact JWS is read strictly — canonical base64url segments and a protected
 * header of exactly `alg`, `kid` and `typ`, as {@link signCheckpoint} writes it — and the
 * signature is checked with `node:crypto` directly (a property test holds it to jose's
 * `compactVerify` verdicts); it runs once per stored checkpoint on every full verification.
 *
 * @param jws - the compact JWS
 * @param keys - trusted keys (`keys.verificationKeys()`, or keys an auditor holds)
 * @param options - the expected origin
 * @returns the verified checkpoint, or an issue (`audit.checkpoint.malformed`,
 *   `audit.checkpoint.unknown_key`, `audit.checkpoint.signature`, `audit.checkpoint.origin`)
 * @example
 * ```ts
 * const r = await verifyCheckpoint(jwsFromAuditorMailbox, keys.verificationKeys(), { origin: 'journal' });
 * if (r.success) await journal.verify(r.data.jws);
 * ```
 */
export async function verifyCheckpoint(
  jws: string,
  keys: readonly SigningKey[],
  options: VerifyCheckpointOptions = {},
): Promise<Result<VerifiedCheckpoint, CheckpointIssueCode>> {
  const parts = typeof jws === 'string' ? jws.split('.') : [];
  const header = parts.length === 3 ? readHeader(parts[0]!) : undefined;
  const payload = header === undefined ? undefined : fromBase64url(parts[1]!);
  const signature = payload === undefined ? undefined : fromBase64url(parts[2]!);
  if (header === undefined || payload === undefined || signature === undefined)
    return fail(issue('audit.checkpoint.malformed', ['jws']));
  const kid = header.kid;
  const key = keys.find((k) => k.kid === kid);
  if (key === undefined || header.alg !== key.alg)
    return fail(issue('audit.checkpoint.unknown_key', ['jws'], { kid }));
  if (!signatureHolds(key, `${parts[0]}.${parts[1]}`, signature))
    return fail(issue('audit.checkpoint.signature', ['jws'], { kid }));
  let parsed: unknown;
  try {
    parsed = JSON.parse(UTF8.decode(payload));
  } catch {
    return fail(issue('audit.checkpoint.malformed', ['jws']));
  }
  const body = checkCheckpointBody(parsed);
  if (body === undefined) return fail(issue('audit.checkpoint.malformed', ['jws']));
  if (options.origin !== undefined && body.origin !== options.origin) {
    return fail(issue('audit.checkpoint.origin', ['jws'], { origin: body.origin }));
  }
  return ok({ ...body, kid, jws });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const HEADER_MEMBERS = new Set(['alg', 'kid', 'typ']);

/**
 * The protected header, when it is exactly what signCheckpoint writes: a JSON object with
 * `alg`, string `kid` and the checkpoint `typ`, nothing else. Anything more (`crit`, `b64`,
 * `jwk`, `x5u`…) is refused rather than interpreted.
 */
function readHeader(encoded: string): { alg: unknown; kid: string } | undefined {
  const bytes = fromBase64url(encoded);
  if (bytes === undefined) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(UTF8.decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
  const h = header as Record<string, unknown>;
  if (!Object.keys(h).every((name) => HEADER_MEMBERS.has(name))) return undefined;
  if (h.typ !== CHECKPOINT_JWS_TYPE || typeof h.kid !== 'string') return undefined;
  return { alg: h.alg, kid: h.kid };
}

/**
 * The JWS signature check (RFC 7515 §5.2) with node:crypto, pinned to the key's algorithm and
 * key type: Ed25519 for EdDSA, P-256 with raw r‖s signatures for ES256.
 */
function signatureHolds(key: SigningKey, signingInput: string, signature: Uint8Array): boolean {
  const data = Buffer.from(signingInput, 'latin1');
  const publicKey = key.publicKey;
  try {
    if (key.alg === 'EdDSA') {
      return (
        publicKey.asymmetricKeyType === 'ed25519' &&
        signature.length === 64 &&
        verifySignature(null, data, publicKey, signature)
      );
    }
    return (
      publicKey.asymmetricKeyType === 'ec' &&
      publicKey.asymmetricKeyDetails?.namedCurve === 'prime256v1' &&
      signature.length === 64 &&
      verifySignature('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)
    );
  } catch {
    return false;
  }
}
