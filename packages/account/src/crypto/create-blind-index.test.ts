import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createBlindIndex } from './create-blind-index.js';
import { createStaticKeyProvider } from './create-static-key-provider.js';
import { generateDevelopmentKeys } from './generate-development-keys.js';

describe('createBlindIndex', () => {
  const index = createBlindIndex(createStaticKeyProvider(generateDevelopmentKeys('k')));

  test.prop([fc.string(), fc.string()])(
    'S-12: equal values match, different values and scopes do not',
    (a, b) => {
      expect(index('phone', a)).toBe(index('phone', a));
      if (a !== b) expect(index('phone', a)).not.toBe(index('phone', b));
      expect(index('phone', a)).not.toBe(index('email', a));
    },
  );

  it('S-12: reveals nothing without the key and names its key id', () => {
    const other = createBlindIndex(createStaticKeyProvider(generateDevelopmentKeys('k')));
    const value = index('email', 'anna@example.org');
    expect(value).toMatch(/^k-bi:[0-9a-f]{64}$/);
    expect(value).not.toContain('anna');
    expect(other('email', 'anna@example.org')).not.toBe(value);
  });
});

describe('createBlindIndex after a key rotation', () => {
  const old = generateDevelopmentKeys('old');
  const next = generateDevelopmentKeys('new');
  const both = createStaticKeyProvider({
    ...old,
    secrets: {
      ...old.secrets,
      'blind-index': [...next.secrets['blind-index'], ...old.secrets['blind-index']],
    },
  });
  const index = createBlindIndex(both);
  const before = createBlindIndex(createStaticKeyProvider(old));

  test.prop([fc.constantFrom<'phone' | 'email' | 'ip'>('phone', 'email', 'ip'), fc.string()])(
    'S-12: the current index uses the new key; retired() gives the index each retired key gave, so records not yet re-keyed are found',
    (scope, value) => {
      expect(index(scope, value).startsWith('new-bi:')).toBe(true);
      expect(index.retired(scope, value)).toEqual([before(scope, value)]);
      expect(index.isCurrent(index(scope, value))).toBe(true);
      expect(index.isCurrent(before(scope, value))).toBe(false);
    },
  );

  it('S-12: a key provider that cannot list its keys has no retired indexes', () => {
    const { secrets: _listing, ...withoutListing } = both;
    expect(createBlindIndex(withoutListing).retired('phone', '+998901234567')).toEqual([]);
    expect(before.retired('phone', '+998901234567')).toEqual([]);
  });
});
