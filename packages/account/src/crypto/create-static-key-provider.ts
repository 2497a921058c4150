import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { KabinetError } from '@kabinet/core';
import type { KeyProvider, SecretKey, SecretPurpose, SigningKey } from '@kabinet/ports';

/** A signing key as configured: PEM strings or `KeyObject`s. The public key is derived when omitted. */
export interface SigningKeyConfig {
  /** The key id put in the `kid` header. */
  readonly kid: string;
  /** `EdDSA` (an Ed25519 key) or `ES256` (a P-256 key). */
  readonly alg: 'EdDSA' | 'ES256';
  /** The private key: PEM (PKCS#8) or a `KeyObject`. */
  readonly privateKey: string | KeyObject;
  /** The public key (derived from the private key when omitted). */
  readonly publicKey?: string | KeyObject;
}

/** A symmetric key as configured: 32 bytes, or 64 hex / 43 base64url characters. */
export interface SecretKeyConfig {
  /** The key id stored beside what the key protects (no `.` or `:`). */
  readonly kid: string;
  /** 32 bytes, or their 64-hex / 43-base64url text. */
  readonly key: Uint8Array | string;
}

/**
 * Keys from configuration (S-10, S-12). In every list the **first** key is the current one;
 * the others are retired keys that still verify or decrypt.
 */
export interface StaticKeysConfig {
  /** Keys that sign access tokens and journal checkpoints; the first is current. */
  readonly signing: readonly SigningKeyConfig[];
  /** Symmetric keys per purpose (`pii-encryption`, `otp-pepper`, `blind-index`, `journal-payload`); the first of each is current. */
  readonly secrets: StaticSecrets;
}

/** The symmetric keys per purpose; the first key of each list is current. */
export interface StaticSecrets {
  /** AES-256-GCM keys of personal data at rest (ACC-10). */
  readonly 'pii-encryption': readonly SecretKeyConfig[];
  /** HMAC peppers of one-time codes (S-3). */
  readonly 'otp-pepper': readonly SecretKeyConfig[];
  /** HMAC keys of the phone, e-mail and IP blind indexes (S-12). */
  readonly 'blind-index': readonly SecretKeyConfig[];
  /** Keys that wrap the journal's per-subject data keys. */
  readonly 'journal-payload': readonly SecretKeyConfig[];
}

const PURPOSES: readonly SecretPurpose[] = [
  'pii-encryption',
  'otp-pepper',
  'blind-index',
  'journal-payload',
];

function configError(message: string): KabinetError {
  return new KabinetError('ERR_CONFIG', `keys: ${message}`);
}

function toBytes(key: Uint8Array | string, where: string): Uint8Array {
  let bytes: Uint8Array;
  if (typeof key !== 'string') bytes = key;
  else if (/^[0-9a-fA-F]{64}$/.test(key)) bytes = Buffer.from(key, 'hex');
  else if (/^[A-Za-z0-9_-]{43}=?$/.test(key)) bytes = Buffer.from(key, 'base64url');
  else throw configError(`${where} must be 32 bytes as hex or base64url`);
  if (bytes.length !== 32)
    throw configError(`${where} must be exactly 32 bytes (got ${bytes.length})`);
  return new Uint8Array(bytes);
}

function signingKey(config: SigningKeyConfig): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey =
      typeof config.privateKey === 'string'
        ? createPrivateKey(config.privateKey)
        : config.privateKey;
  } catch (cause) {
    throw new KabinetError('ERR_CONFIG', `keys: signing key ${config.kid} is not a private key`, {
      cause,
    });
  }
  if (privateKey.type !== 'private')
    throw configError(`signing key ${config.kid} is not a private key`);
  const expected = config.alg === 'EdDSA' ? 'ed25519' : 'ec';
  if (privateKey.asymmetricKeyType !== expected)
    throw configError(`signing key ${config.kid} is not a ${config.alg} key`);
  if (config.alg === 'ES256' && privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw configError(`signing key ${config.kid} must be on P-256 for ES256`);
  }
  const publicKey =
    config.publicKey === undefined
      ? createPublicKey(privateKey)
      : typeof config.publicKey === 'string'
        ? createPublicKey(config.publicKey)
        : config.publicKey;
  return { kid: config.kid, alg: config.alg, privateKey, publicKey };
}

/**
 * A `KeyProvider` over keys given in configuration, checked at creation: at least
 * one signing key (Ed25519 for EdDSA, P-256 for ES256) and at least one 32-byte key for
 * each secret purpose, unique `kid`s. The first key of each list is current.
 *
 * @param config - the signing keys and secrets
 * @returns the key provider
 * @throws `KabinetError` `ERR_CONFIG` for a missing, malformed or duplicate key
 * @example
 * ```ts
 * const keys = createStaticKeyProvider({
 *   signing: [{ kid: 'sig-2026', alg: 'EdDSA', privateKey: process.env.SIGNING_KEY_PEM! }],
 *   secrets: {
 *     'pii-encryption': [{ kid: 'pii-2026', key: process.env.PII_KEY_HEX! }],
 *     'otp-pepper': [{ kid: 'otp-2026', key: process.env.OTP_PEPPER_HEX! }],
 *     'blind-index': [{ kid: 'bi-2026', key: process.env.BLIND_INDEX_HEX! }],
 *     'journal-payload': [{ kid: 'jp-2026', key: process.env.JOURNAL_KEY_HEX! }],
 *   },
 * });
 * ```
 */
export function createStaticKeyProvider(config: StaticKeysConfig): KeyProvider {
  if (typeof config !== 'object' || config === null) throw configError('a keys object is required');
  if (!Array.isArray(config.signing) || config.signing.length === 0)
    throw configError('at least one signing key is required');
  const signing = config.signing.map(signingKey);
  if (new Set(signing.map((k) => k.kid)).size !== signing.length)
    throw configError('signing kids must be unique');
  const secrets = new Map<SecretPurpose, SecretKey[]>();
  for (const purpose of PURPOSES) {
    const list = config.secrets?.[purpose];
    if (!Array.isArray(list) || list.length === 0)
      throw configError(`at least one ${purpose} key is required`);
    const keys = list.map((k: SecretKeyConfig) => {
      if (typeof k.kid !== 'string' || k.kid === '' || k.kid.includes('.') || k.kid.includes(':')) {
        throw configError(`${purpose} kid must be a non-empty string without '.' or ':'`);
      }
      return { kid: k.kid, key: toBytes(k.key, `${purpose} key ${k.kid}`) };
    });
    if (new Set(keys.map((k) => k.kid)).size !== keys.length)
      throw configError(`${purpose} kids must be unique`);
    secrets.set(purpose, keys);
  }
  return {
    currentSigningKey: () => signing[0]!,
    verificationKeys: () => signing,
    currentSecret: (purpose) => secrets.get(purpose)![0]!,
    secretById: (purpose, kid) => secrets.get(purpose)?.find((k) => k.kid === kid),
    secrets: (purpose) => secrets.get(purpose) ?? [],
  };
}
