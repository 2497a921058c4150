import { describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import { generateDevelopmentKeys } from '@kabinet/account';
import { createKabinet } from './create-kabinet.js';
import { inMemoryPorts } from '../testing/in-memory-ports.js';
import type { KabinetConfig } from './kabinet-config.js';

/** The `code: message` createKabinet throws for these token settings, or `undefined`. */
function tokensError(tokens: unknown): string | undefined {
  try {
    createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts(), tokens } as KabinetConfig);
  } catch (e) {
    return KabinetError.isInstance(e) ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
  }
  return undefined;
}

const REFUSED =
  'ERR_CONFIG: createKabinet: tokens.issuer and tokens.audience must be non-empty strings';

describe('createKabinet: the access tokens’ issuer and audience', () => {
  it('S-10: an empty or missing tokens.issuer is refused by createKabinet itself, before any service is built', () => {
    expect(tokensError({ issuer: '', audience: 'kabinet-api' })).toBe(REFUSED);
    expect(tokensError({ audience: 'kabinet-api' })).toBe(REFUSED);
    expect(tokensError({ issuer: 42, audience: 'kabinet-api' })).toBe(REFUSED);
  });

  it('S-10: an empty or missing tokens.audience is refused the same way', () => {
    expect(tokensError({ issuer: 'https://lk.example.ru', audience: '' })).toBe(REFUSED);
    expect(tokensError({ issuer: 'https://lk.example.ru' })).toBe(REFUSED);
  });

  it('S-10: a non-empty issuer and audience, or none (the defaults), are accepted', () => {
    expect(tokensError({ issuer: 'https://lk.example.ru', audience: 'kabinet-api' })).toBe(
      undefined,
    );
    expect(tokensError(undefined)).toBe(undefined);
  });
});
