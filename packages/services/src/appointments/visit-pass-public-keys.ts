import { KabinetError } from '@kabinet/core';
import type { SigningKey } from '@kabinet/ports';
import type { VisitPassPublicKey } from './visit-pass-claims.js';

/**
 * The public halves of the visit-pass keys as JWKs, to hand to operators' scanners: with them a
 * scanner verifies a pass offline.
 *
 * @param keys - the visit-pass keys (current first, then retired ones still accepted)
 * @returns one JWK per key
 * @throws KabinetError `ERR_CONFIG` for a key that is not Ed25519
 * @example
 * ```ts
 * const jwks = visitPassPublicKeys(generateVisitPassKeys('vp-1')); // [{ kty: 'OKP', crv: 'Ed25519', x: '…', kid: 'vp-1', alg: 'EdDSA', use: 'sig' }]
 * ```
 */
export function visitPassPublicKeys(keys: readonly SigningKey[]): VisitPassPublicKey[] {
  return keys.map((key) => {
    const jwk = key.publicKey.export({ format: 'jwk' });
    if (
      key.alg !== 'EdDSA' ||
      jwk.kty !== 'OKP' ||
      jwk.crv !== 'Ed25519' ||
      typeof jwk.x !== 'string'
    )
      throw new KabinetError('ERR_CONFIG', `visit-pass key ${key.kid} is not Ed25519`);
    return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: key.kid, alg: 'EdDSA', use: 'sig' };
  });
}
