import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatAddress } from './format-address.js';
import { isAddress } from './is-address.js';
import { isPostalIndex } from './is-postal-index.js';
import { addressPolicies, parseAddress } from './parse-address.js';
import { parsePostalIndex } from './parse-postal-index.js';

const index = fc
  .tuple(fc.constantFrom('1', '2', '3', '4', '6'), fc.stringMatching(/^\d{5}$/))
  .map(([a, b]) => a + b);
const word = fc.stringMatching(/^[А-ЯЁ][а-яё]{2,10}$/);
const address = fc.record(
  {
    postalIndex: index,
    region: word.map((w) => `${w}ская обл.`),
    city: word.map((w) => `г. ${w}`),
    street: word.map((w) => `ул. ${w}`),
    house: fc
      .tuple(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('', 'а', 'б'),
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
      )
      .map(([n, l, f]) => `${n}${l}${f === undefined ? '' : `/${f}`}`),
    building: fc.stringMatching(/^[1-9][0-9]?$/),
    apartment: fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('', 'а'))
      .map(([n, l]) => `${n}${l}`),
  },
  { requiredKeys: [] },
);

describe('parsePostalIndex', () => {
  test.prop([index])('DOC-10: generated indices of Russian blocks pass and are stable', (value) => {
    expect(parsePostalIndex(value)).toEqual({ success: true, data: value });
    expect(parsePostalIndex(`${value.slice(0, 3)} ${value.slice(3)}`)).toEqual({
      success: true,
      data: value,
    });
  });

  it('DOC-10: vectors of validators.md §1.10', () => {
    for (const ok of ['101000', '190000', '295000']) expect(isPostalIndex(ok)).toBe(true);
    expect(parsePostalIndex('056879')).toMatchObject({
      issues: [{ code: 'postal_index.unknown_region', params: { prefix: '0' } }],
    });
    expect(parsePostalIndex('500000')).toMatchObject({
      issues: [{ code: 'postal_index.unknown_region' }],
    });
    expect(parsePostalIndex('700000')).toMatchObject({
      issues: [{ code: 'postal_index.unknown_region', path: ['postalIndex'] }],
    });
    expect(parsePostalIndex('12A483')).toMatchObject({
      issues: [{ code: 'postal_index.wrong_format' }],
    });
    expect(parsePostalIndex('10100')).toMatchObject({
      issues: [{ code: 'postal_index.wrong_format', params: { length: 5 } }],
    });
    expect(parsePostalIndex('700000', { regionCheck: 'warning' })).toMatchObject({
      success: true,
      warnings: [{ code: 'postal_index.unknown_region' }],
    });
    expect(parsePostalIndex('700000', { regionCheck: 'off' })).toEqual({
      success: true,
      data: '700000',
    });
    expect(parsePostalIndex(101000)).toMatchObject({ issues: [{ code: 'input.not_a_string' }] });
    expect(parsePostalIndex('１０１０００')).toEqual({ success: true, data: '101000' });
  });
});

describe('parseAddress', () => {
  test.prop([address])(
    'DOC-10: generated structured addresses pass; format → parse → format is stable',
    (a) => {
      fc.pre(Object.keys(a).length > 0);
      const r = parseAddress(a);
      expect(r.success).toBe(true);
      if (!r.success) return;
      const line = formatAddress(r.data);
      const again = parseAddress(line);
      expect(again.success).toBe(true);
      if (again.success) expect(formatAddress(again.data)).toBe(line);
    },
  );

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    expect(typeof parseAddress(input).success).toBe('boolean');
  });

  test.prop([
    fc.dictionary(
      fc.constantFrom(
        'postalIndex',
        'city',
        'street',
        'house',
        'building',
        'apartment',
        'freeForm',
      ),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
  ])(
    'S-17: no object of unicode strings throws, and every issue names an address field',
    (input) => {
      const r = parseAddress(input);
      if (!r.success) for (const i of r.issues) expect(i.path[0]).toBe('address');
    },
  );

  it('DOC-10: parts are cleaned and their prefixes dropped', () => {
    expect(
      parseAddress({
        postalIndex: '101 000',
        city: ' г.\u00A0Москва ',
        street: 'ул. Тверская',
        house: 'д. 7',
        building: 'корп. 2',
        apartment: 'кв. 12А',
      }),
    ).toEqual({
      success: true,
      data: {
        postalIndex: '101000',
        city: 'г. Москва',
        street: 'ул. Тверская',
        house: '7',
        building: '2',
        apartment: '12а',
      },
    });
    expect(parseAddress({ house: '12 / 3' })).toEqual({ success: true, data: { house: '12/3' } });
  });

  it('DOC-10 / DOC-11: each wrong part is named', () => {
    const r = parseAddress({
      postalIndex: '12345',
      street: '123',
      house: 'семь',
      apartment: 'кв. -1',
      building: 'корп. 2-3',
    });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          code: 'postal_index.wrong_format',
          path: ['address', 'postalIndex'],
          params: { length: 5 },
        },
        { code: 'address.street_wrong_format', path: ['address', 'street'] },
        { code: 'address.house_wrong_format', path: ['address', 'house'] },
        { code: 'address.building_wrong_format', path: ['address', 'building'] },
        { code: 'address.apartment_wrong_format', path: ['address', 'apartment'] },
      ],
    });
    expect(parseAddress({ street: 'ул. <script>' })).toMatchObject({
      issues: [{ code: 'address.invalid_character', params: { char: '<' } }],
    });
    expect(parseAddress({})).toMatchObject({
      issues: [{ code: 'input.required', path: ['address'] }],
    });
    expect(parseAddress({ house: 7 })).toMatchObject({
      issues: [{ code: 'input.not_a_string', path: ['address', 'house'] }],
    });
  });

  it('DOC-10: free form is accepted, and its index, house and apartment are checked when present', () => {
    expect(parseAddress('101000, г. Москва, ул. Тверская, д. 7, кв. 12а')).toEqual({
      success: true,
      data: { freeForm: '101000, г. Москва, ул. Тверская, д. 7, кв. 12а' },
    });
    expect(parseAddress('деревня Дубки, квартал 5')).toMatchObject({ success: true });
    expect(parseAddress('г. Москва, ул. Тверская, д. 7')).toMatchObject({ success: true });
    expect(parseAddress('700000, г. Москва')).toMatchObject({
      issues: [{ code: 'postal_index.unknown_region', path: ['address', 'freeForm'] }],
    });
    expect(parseAddress('г. Москва, ул. Тверская, д. семь')).toMatchObject({
      issues: [{ code: 'address.house_wrong_format' }],
    });
    expect(parseAddress('г. Москва, ул. Тверская, д. 7, кв. двенадцать')).toMatchObject({
      issues: [{ code: 'address.apartment_wrong_format' }],
    });
    expect(isAddress('123')).toBe(false);
  });

  it('DOC-10: the index block of Moscow / St Petersburg is a plausibility warning', () => {
    expect(parseAddress({ postalIndex: '190000', city: 'г. Москва' })).toMatchObject({
      success: true,
      warnings: [{ code: 'address.index_region_mismatch', params: { city: 'Москва' } }],
    });
    expect(parseAddress({ postalIndex: '101000', city: 'г. Москва' })).not.toHaveProperty(
      'warnings',
    );
    expect(parseAddress({ postalIndex: '101000', city: 'Санкт-Петербург' })).toMatchObject({
      warnings: [{ params: { city: 'Санкт-Петербург' } }],
    });
  });

  it('DOC-10: the structured preset requires index, city, street and house', () => {
    expect(
      parseAddress({ street: 'ул. Тверская' }, { policy: addressPolicies.structured }),
    ).toEqual({
      success: false,
      issues: [
        { code: 'input.required', path: ['address', 'postalIndex'] },
        { code: 'input.required', path: ['address', 'city'] },
        { code: 'input.required', path: ['address', 'house'] },
      ],
    });
  });
});
