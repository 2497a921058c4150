import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatMigrationCard } from './format-migration-card.js';
import { isMigrationCard } from './is-migration-card.js';
import { migrationCardSchema } from './migration-card-schema.js';
import { parseMigrationCard } from './parse-migration-card.js';

describe('parseMigrationCard', () => {
  it('DOC-7: the usual 4 + 7 digits, and the 4 + 6 of the public example 4012 305784, pass without warnings', () => {
    expect(parseMigrationCard('4012 3057841')).toEqual({ success: true, data: '40123057841' });
    expect(parseMigrationCard('4012 305784')).toEqual({ success: true, data: '4012305784' });
  });

  it('DOC-7: an unusual shape is only a warning (the format is not confirmed)', () => {
    expect(parseMigrationCard('AB 1234567')).toEqual({
      success: true,
      data: 'AB1234567',
      warnings: [{ code: 'migration_card.pattern', path: ['migrationCard'] }],
    });
  });

  it('DOC-11: wrong characters and lengths are errors naming the field; numbers are refused', () => {
    expect(parseMigrationCard('4012#305784')).toEqual({
      success: false,
      issues: [{ code: 'migration_card.characters', path: ['migrationCard'] }],
    });
    expect(parseMigrationCard('40123')).toEqual({
      success: false,
      issues: [
        {
          code: 'migration_card.length',
          path: ['migrationCard'],
          params: { length: 5, min: 6, max: 20 },
        },
      ],
    });
    expect(parseMigrationCard(40123057841)).toMatchObject({
      issues: [{ code: 'input.not_a_string' }],
    });
  });

  it('DOC-7: hidden spaces, № and full-width digits are normalized', () => {
    expect(parseMigrationCard('４０１２\u00a0№\u200b3057841')).toEqual({
      success: true,
      data: '40123057841',
    });
  });

  test.prop([
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 9_999_999 }),
    fc.constantFrom(6, 7),
  ])('DOC-7: usual series and numbers round-trip through NNNN NNNNNNN', (s, n, width) => {
    const value = String(s).padStart(4, '0') + String(n % 10 ** width).padStart(width, '0');
    const r = parseMigrationCard(value);
    expect(r).toEqual({ success: true, data: value });
    if (r.success) expect(parseMigrationCard(formatMigrationCard(r.data))).toEqual(r);
  });

  test.prop([fc.anything()])('never throws', (input) => {
    expect(isMigrationCard(input)).toBe(parseMigrationCard(input).success);
  });

  it('migrationCardSchema reports our code', () => {
    expect(migrationCardSchema.safeParse('4012#3').error?.issues[0]).toMatchObject({
      params: { code: 'migration_card.characters' },
    });
  });
});
