import { compactVerify, decodeProtectedHeader } from 'jose';
import { fail, issue, ok, type Result } from '@kabinet/core';
import type { SigningKey } from '@kabinet/ports';
import { CHECKPOINT_JWS_TYPE, type VerifiedCheckpoint } from './checkpoint-body.js';
import { checkCheckpointBody } from '../_lib/check-checkpoint-body.js';

/** Issue codes of {@link verifyCheckpoint}. */
export type CheckpointIssueCode = 'audit.checkpoint.malformed' | 'audit.checkpoint.unknown_key' | 'audit.checkpoint.signature' | 'audit.checkpoint.origin';

/** Options of {@link verifyCheckpoint}. */
export interface VerifyCheckpointOptions {
  /** The origin the checkpoint must name; any when omitted. */
  readonly origin?: string;
}

/**
 * Verifies a signed checkpoint against trusted public keys: the JWS signature by the key its
 * `kid` names (EdDSA or ES256 only), the `typ`, and the body's shape and origin.
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
  let header: { kid?: unknown; alg?: unknown; typ?: unknown };
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    return fail(issue('audit.checkpoint.malformed', ['jws']));
  }
  if (header.typ !== CHECKPOINT_JWS_TYPE || typeof header.kid !== 'string') return fail(issue('audit.checkpoint.malformed', ['jws']));
  const kid = header.kid;
  const key = keys.find((k) => k.kid === kid);
  if (key === undefined || header.alg !== key.alg) return fail(issue('audit.checkpoint.unknown_key', ['jws'], { kid }));
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, key.publicKey, { algorithms: [key.alg] }));
  } catch {
    return fail(issue('audit.checkpoint.signature', ['jws'], { kid }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
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
