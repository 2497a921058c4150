import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createBlindIndex } from './create-blind-index.js';
import { createStaticKeyProvider } from './create-static-key-provider.js';
import { generateDevelopmentKeys } from './generate-development-keys.js';

describe('createBlindIndex', () => {
  const index = createBlindIndex(createStaticKeyProvider(generateDevelopmentKeys('k')));

  test.prop([fc.string(), fc.string()])('S-12: equal values match, different values and scopes do not', (a, b) => {
    expect(index('phone', a)).toBe(index('phone', a));
    if (a !== b) expect(index('phone', a)).not.toBe(index('phone', b));
    expect(index('phone', a)).not.toBe(index('email', a));
  });

  it('S-12: reveals nothing without the key and names its key id', () => {
    const other = createBlindIndex(createStaticKeyProvider(generateDevelopmentKeys('k')));
    const value = index('email', 'anna@example.org');
    expect(value).toMatch(/^k-bi:[0-9a-f]{64}$/);
    expect(value).not.toContain('anna');
    expect(other('email', 'anna@example.org')).not.toBe(value);
  });
});
