/**
 * The password hasher port and the key provider port (signing and secret keys by `kid`).
 *
 * @module @kabinet/ports/crypto
 */
export type { PasswordHasher } from './hasher.js';
export type { KeyProvider, SigningKey, SecretKey, SecretPurpose } from './key-provider.js';
