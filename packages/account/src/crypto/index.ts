/**
 * Personal data at rest: AES-256-GCM with key ids and blind indexes for look-ups
 * (ACC-10, S-12).
 *
 * @example
 * ```ts
 * import { createPiiCipher, createBlindIndex } from '@kabinet/account/crypto';
 * const pii = createPiiCipher(keys);
 * ```
 *
 * @module @kabinet/account/crypto
 */
export { createPiiCipher, type PiiCipher } from './create-pii-cipher.js';
export { createBlindIndex, type BlindIndex, type BlindIndexScope } from './create-blind-index.js';
export {
  createStaticKeyProvider,
  type StaticKeysConfig,
  type StaticSecrets,
  type SigningKeyConfig,
  type SecretKeyConfig,
} from './create-static-key-provider.js';
export { generateDevelopmentKeys } from './generate-development-keys.js';
