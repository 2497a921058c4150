import { generateKeyPairSync } from 'node:crypto';
import type { SigningKey } from '@kabinet/ports';

/**
 * A fresh, random Ed25519 visit-pass key for tests, demos and development (production keys come
 * from configuration, so passes survive a restart). The list form is what the service takes:
 * the first key signs, every key verifies (rotation).
 *
 * @param kid - the key id (default `visit-pass-dev`)
 * @returns one EdDSA key in a list
 * @example
 * ```ts
 * const keys = generateVisitPassKeys();
 * createAppointmentsService(deps, { passKeys: keys });
 * ```
 */
export function generateVisitPassKeys(kid = 'visit-pass-dev'): SigningKey[] {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return [{ kid, alg: 'EdDSA', privateKey, publicKey }];
}
