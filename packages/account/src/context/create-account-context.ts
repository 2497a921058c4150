import { KabinetError, cryptoRandom } from '@kabinet/core';
import { createBlindIndex } from '../crypto/create-blind-index.js';
import { createPiiCipher } from '../crypto/create-pii-cipher.js';
import { createScryptHasher } from '../password/create-scrypt-hasher.js';
import { defineAccountPolicy } from '../policy/define-account-policy.js';
import { createAccessTokens } from '../tokens/create-access-tokens.js';
import { directJournaledUnits } from '@kabinet/audit/units';
import type { StoreRecord, VersionedStore } from '@kabinet/ports';
import { ACCOUNT_COLLECTIONS } from './account-collections.js';
import type { AccountContext, AccountContextConfig, AccountStores } from './account-context.js';

/** The account stores by collection name, for units without a unit of work. */
function storesByCollection(
  stores: AccountStores,
): <T extends StoreRecord>(collection: string) => VersionedStore<T> {
  const byName = new Map<string, unknown>([
    [ACCOUNT_COLLECTIONS.accounts, stores.accounts],
    [ACCOUNT_COLLECTIONS.drafts, stores.drafts],
    [ACCOUNT_COLLECTIONS.sessions, stores.sessions],
    [ACCOUNT_COLLECTIONS.pendingLogins, stores.pendingLogins],
  ]);
  return <T extends StoreRecord>(collection: string): VersionedStore<T> => {
    const store = byName.get(collection);
    if (store === undefined)
      throw new KabinetError('ERR_INVALID_ARGUMENT', `no account store is named ${collection}`);
    return store as VersionedStore<T>;
  };
}

const REQUIRED = [
  'stores',
  'otp',
  'totp',
  'backupCodes',
  'lockout',
  'journal',
  'registry',
  'senders',
  'keys',
  'clock',
  'tokens',
] as const;

/**
 * Checks the configuration and derives what the account services share: the policy (domain
 * defaults with overrides, checked), the PII cipher and blind index from the key provider,
 * the access-token signer, the password hasher (scrypt with the policy's parameters unless
 * one is given) and a dummy hash that keeps unknown-login timing equal to a real one (S-8).
 *
 * @param config - ports, services of the lower packages, keys, clock and policy
 * @returns the context
 * @throws `KabinetError` `ERR_CONFIG` for a missing port or an unworkable policy
 * @example
 * ```ts
 * const ctx = createAccountContext({ stores, otp, totp, backupCodes, lockout, journal, registry, senders, keys, clock, tokens: { issuer, audience } });
 * const registration = createRegistrationService(ctx);
 * ```
 */
export function createAccountContext(config: AccountContextConfig): AccountContext {
  if (typeof config !== 'object' || config === null)
    throw new KabinetError('ERR_CONFIG', 'account context: a configuration object is required');
  const missing = REQUIRED.filter((key) => config[key] === undefined || config[key] === null);
  if (missing.length > 0)
    throw new KabinetError('ERR_CONFIG', `account context: missing ${missing.join(', ')}`);
  for (const store of ['accounts', 'drafts', 'sessions', 'blobs'] as const) {
    if (config.stores[store] === undefined)
      throw new KabinetError('ERR_CONFIG', `account context: missing stores.${store}`);
  }
  const policy = defineAccountPolicy(config.policy);
  const random = config.random ?? cryptoRandom;
  const hasher = config.hasher ?? createScryptHasher(policy.scrypt, random);
  const accessTokens = createAccessTokens({
    keys: config.keys,
    clock: config.clock,
    random,
    issuer: config.tokens.issuer,
    audience: config.tokens.audience,
    ttlMs: policy.accessTokenTtlMs,
  });
  // Fail now, not on the first request, when a key is missing or malformed.
  for (const purpose of ['pii-encryption', 'blind-index', 'otp-pepper'] as const) {
    const key = config.keys.currentSecret(purpose);
    if (key?.key?.length !== 32)
      throw new KabinetError('ERR_CONFIG', `account context: the ${purpose} key must be 32 bytes`);
  }
  config.keys.currentSigningKey();
  let dummy: Promise<string> | undefined;
  return {
    ...config,
    units:
      config.units ??
      directJournaledUnits({
        versioned: storesByCollection(config.stores),
        journal: config.journal,
      }),
    policy,
    random,
    hasher,
    serviceName: config.serviceName ?? 'Kabinet',
    locale: config.locale ?? 'ru',
    scanFile: config.scanFile,
    securityNotices: config.securityNotices,
    pii: createPiiCipher(config.keys, random),
    blindIndex: createBlindIndex(config.keys),
    accessTokens,
    // A refused or failed hash (e.g. hashing at capacity) is not kept: the next unknown login tries again.
    dummyHash: () =>
      (dummy ??= hasher
        .hash(Buffer.from(random.bytes(24)).toString('base64url'))
        .catch((error: unknown) => {
          dummy = undefined;
          throw error;
        })),
  };
}
