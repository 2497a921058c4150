import { CompactSign } from 'jose';
import { KabinetError } from '@kabinet/core';
import type { SigningKey } from '@kabinet/ports';
import { canonicalizeJson } from '../entry/canonicalize-json.js';
import { CHECKPOINT_JWS_TYPE, type CheckpointBody } from './checkpoint-body.js';
import { checkCheckpointBody } from '../_lib/check-checkpoint-body.js';

/**
 * Signs a checkpoint as a compact JWS (jose): payload = RFC 8785 JSON of
 * `{origin, size, root, head, ts}`, protected header `{alg, kid, typ: 'audit-checkpoint+jws'}`
 * with the key's algorithm (EdDSA Ed25519 by default, or ES256). Keep the signing key outside
 * the database and copy each checkpoint somewhere the database owner cannot rewrite.
 *
 * @param body - what to sign
 * @param key - the signing key (`keys.currentSigningKey()`)
 * @returns the compact JWS
 * @throws KabinetError `ERR_INVALID_ARGUMENT` on a malformed body; `ERR_CRYPTO` when signing fails
 * @example
 * ```ts
 * const jws = await signCheckpoint({ origin: 'journal', size: 8, root, head, ts: clock.now() }, keys.currentSigningKey());
 * ```
 */
export async function signCheckpoint(body: CheckpointBody, key: SigningKey): Promise<string> {
  const checked = checkCheckpointBody(body);
  if (checked === undefined)
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'malformed checkpoint body', {
      details: { size: String(body.size) },
    });
  const payload = new TextEncoder().encode(canonicalizeJson(checked));
  try {
    return await new CompactSign(payload)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: CHECKPOINT_JWS_TYPE })
      .sign(key.privateKey);
  } catch (cause) {
    throw new KabinetError('ERR_CRYPTO', 'could not sign the checkpoint', {
      cause,
      details: { kid: key.kid },
    });
  }
}
