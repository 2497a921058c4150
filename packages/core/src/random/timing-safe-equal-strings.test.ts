import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { timingSafeEqualStrings } from './timing-safe-equal-strings.js';

// Any UTF-16 code unit, lone surrogates included.
const codeUnit = fc.nat({ max: 0xffff }).map((n) => String.fromCharCode(n));
const anyString = fc.string({
  unit: fc.oneof(codeUnit, fc.constantFrom('a', 'b', '\uD800', '\uDC00', '\uFFFD', 'é', 'e\u0301')),
});

describe('timingSafeEqualStrings', () => {
  test.prop([anyString, anyString])('agrees with === on any two strings', (a, b) => {
    expect(timingSafeEqualStrings(a, b)).toBe(a === b);
  });

  test.prop([anyString])(
    'agrees with === when surrogates are swapped for U+FFFD, as a UTF-8 encoder does',
    (a) => {
      const replaced = a.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
      expect(timingSafeEqualStrings(a, replaced)).toBe(a === replaced);
    },
  );

  test.prop([anyString])('is true for a string and its copy', (a) => {
    expect(timingSafeEqualStrings(a, `${a}`)).toBe(true);
  });

  test.prop([anyString, fc.nat(), codeUnit])(
    'is false when a single code unit differs',
    (a, at, unit) => {
      fc.pre(a.length > 0);
      const i = at % a.length;
      const changed = a.slice(0, i) + unit + a.slice(i + 1);
      expect(timingSafeEqualStrings(a, changed)).toBe(a === changed);
    },
  );

  it('does not confuse a lone surrogate with the replacement character', () => {
    expect(timingSafeEqualStrings('a\uD800', 'a\uFFFD')).toBe(false);
    expect(timingSafeEqualStrings('\uDC00', '\uD800')).toBe(false);
  });

  it('compares strings of different lengths as unequal', () => {
    expect(timingSafeEqualStrings('123456', '1234567')).toBe(false);
    expect(timingSafeEqualStrings('', 'x')).toBe(false);
    expect(timingSafeEqualStrings('', '')).toBe(true);
  });

  it('compares code units, not Unicode equivalence', () => {
    expect(timingSafeEqualStrings('é', 'e\u0301')).toBe(false);
  });
});
