import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { StaticKeysConfig } from './create-static-key-provider.js';

/**
 * Generates a fresh, random key configuration for tests, demos and local development: an
 * Ed25519 signing key and one 32-byte key per secret purpose. Data encrypted with them is
 * lost with the process — production keys come from configuration.
 *
 * @param prefix - prefix of the generated `kid`s (default `dev`)
 * @returns a config for {@link createStaticKeyProvider}
 * @example
 * ```ts
 * const keys = createStaticKeyProvider(generateDevelopmentKeys());
 * ```
 */
export function generateDevelopmentKeys(prefix = 'dev'): StaticKeysConfig {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const secret = (name: string) => [
    { kid: `${prefix}-${name}`, key: new Uint8Array(randomBytes(32)) },
  ];
  return {
    signing: [{ kid: `${prefix}-sig`, alg: 'EdDSA', privateKey, publicKey }],
    secrets: {
      'pii-encryption': secret('pii'),
      'otp-pepper': secret('otp'),
      'blind-index': secret('bi'),
      'journal-payload': secret('jp'),
    },
  };
}
