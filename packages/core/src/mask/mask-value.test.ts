import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { maskValue } from './mask-value.js';

const value = fc.string({
  unit: fc.oneof(fc.constantFrom(...'0123456789ABCXYZабв№ -'), fc.constantFrom('😀', 'é')),
  maxLength: 30,
});

describe('maskValue', () => {
  it('keeps the last four characters of a document number', () => {
    expect(maskValue('4510123456')).toBe('******3456');
    expect(maskValue('AB1234567', 2)).toBe('*******67');
  });

  it('masks values too short to hide anything completely', () => {
    expect(maskValue('12345678')).toBe('********');
    expect(maskValue('')).toBe('');
  });

  test.prop([value, fc.integer({ min: -3, max: 12 })])(
    'is exactly as long as the input, in characters',
    (input, visible) => {
      expect([...maskValue(input, visible)]).toHaveLength([...input].length);
    },
  );

  test.prop([value, fc.integer({ min: -3, max: 12 })])(
    'reveals at most `visible` trailing characters and nothing before them',
    (input, visible) => {
      const chars = [...input];
      const out = [...maskValue(input, visible)];
      const shown = Math.max(0, Math.min(visible, chars.length));
      expect(out.slice(0, chars.length - shown).every((c) => c === '*')).toBe(true);
      const tail = out.slice(chars.length - shown);
      // the visible tail is either the real characters or fully masked (short values)
      expect(
        tail.join('') === chars.slice(chars.length - shown).join('') ||
          tail.every((c) => c === '*'),
      ).toBe(true);
    },
  );

  test.prop([value])('hides everything when asked to show nothing', (input) => {
    expect(maskValue(input, 0)).toBe('*'.repeat([...input].length));
  });

  test.prop([value, fc.integer({ min: 1, max: 12 })])(
    'shows the tail only when more characters than that stay hidden',
    (input, visible) => {
      const chars = [...input];
      const out = maskValue(input, visible);
      if (chars.length <= visible * 2) expect(out).toBe('*'.repeat(chars.length));
      else expect(out).toBe('*'.repeat(chars.length - visible) + chars.slice(-visible).join(''));
    },
  );
});
