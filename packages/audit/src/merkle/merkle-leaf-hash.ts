import { leafHashOfBytes, leafHashOfText } from '../_lib/sha256.js';

/**
 * The RFC 9162 leaf hash of data: hex SHA-256(0x00 ‖ data). A string is hashed as UTF-8.
 * Journal entries use it on their canonical JSON (see {@link hashEntry}).
 *
 * @param data - leaf data
 * @returns 64 lower-case hex characters
 * @example
 * ```ts
 * merkleLeafHash(''); // '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'
 * ```
 */
export function merkleLeafHash(data: Uint8Array | string): string {
  return typeof data === 'string' ? leafHashOfText(data) : leafHashOfBytes(data);
}
