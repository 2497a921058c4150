// The checks createKabinet runs before it builds anything: misconfiguration fails here, not on
// the first request.
import { KabinetError } from '@kabinet/core';
import { createStaticKeyProvider, type TokenSettings } from '@kabinet/account';
import type { KeyProvider } from '@kabinet/ports';
import {
  checkPayments,
  configError,
  isKeyProvider,
  requirePorts,
} from '../../_lib/check-config.js';
import type { KabinetConfig } from '../kabinet-config.js';

/**
 * Checks the configuration and reads the keys (a key provider, or static keys turned into one)
 * and the token settings (default issuer `kabinet`, audience `kabinet-api`).
 *
 * @throws `KabinetError` `ERR_INVALID_ARGUMENT` or `ERR_CONFIG`, as `createKabinet` documents
 */
export function checkSetup(config: KabinetConfig): {
  readonly keys: KeyProvider;
  readonly tokens: TokenSettings;
} {
  if (typeof config !== 'object' || config === null)
    throw configError('a configuration object is required');
  if (config.keys === undefined || config.keys === null) throw configError('keys is required');
  let keys: KeyProvider;
  try {
    keys = isKeyProvider(config.keys) ? config.keys : createStaticKeyProvider(config.keys);
  } catch (error) {
    if (KabinetError.isInstance(error)) throw configError(error.message);
    throw error;
  }
  requirePorts(config);
  for (const [name, port] of Object.entries({
    hasher: config.hasher,
    clock: config.clock,
    random: config.random,
  })) {
    if (port !== undefined && (typeof port !== 'object' || port === null))
      throw configError(`${name} must be an object`);
  }
  if (config.scanFile !== undefined && typeof config.scanFile !== 'function')
    throw configError('scanFile must be a function');
  if (config.preset !== undefined && config.preset !== 'portal' && config.preset !== 'strict')
    throw configError("preset must be 'portal' or 'strict'");
  checkPayments(config);
  const tokens = config.tokens ?? { issuer: 'kabinet', audience: 'kabinet-api' };
  if (
    typeof tokens.issuer !== 'string' ||
    tokens.issuer === '' ||
    typeof tokens.audience !== 'string' ||
    tokens.audience === ''
  )
    throw configError('tokens.issuer and tokens.audience must be non-empty strings');
  return { keys, tokens };
}
