import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { crossCheckMrz } from './cross-check-mrz.js';
import { parseMrz } from '../mrz/parse-mrz.js';
import type { Mrz } from '../mrz/mrz-types.js';

const NOW = Date.UTC(2026, 0, 15);

function cd(s: string): string {
  const value = (c: string): number =>
    c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
  return String([...s].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10);
}
const pad = (s: string, n: number): string => (s + '<'.repeat(n)).slice(0, n);

function td3(name: string, state = 'UTO'): Mrz {
  const line2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'.replace('UTO', state);
  const head = line2.slice(0, 43);
  const r = parseMrz(
    [
      pad(`P<${state}${name}`, 44),
      head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43)),
    ],
    { now: NOW },
  );
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const anna = td3('ERIKSSON<<ANNA<MARIA');

describe('crossCheckMrz', () => {
  it('DOC-8: the typed Latin name matches regardless of case, spaces and hyphens', () => {
    expect(crossCheckMrz(anna, { surname: 'Eriksson', givenNames: 'Anna Maria' })).toEqual({
      success: true,
      data: anna,
    });
    expect(crossCheckMrz(anna, { surname: ' ERIKSSON ', givenNames: 'anna-maria' }).success).toBe(
      true,
    );
  });

  it('DOC-8: a typo in the name is a mismatch naming the field', () => {
    expect(crossCheckMrz(anna, { surname: 'Erikson', givenNames: 'Anna Maria' })).toEqual({
      success: false,
      issues: [{ code: 'mrz.mismatch', path: ['surname'], params: { field: 'surname' } }],
    });
    expect(crossCheckMrz(anna, { givenNames: 'Anna' }, { path: ['applicant'] })).toEqual({
      success: false,
      issues: [
        {
          code: 'mrz.mismatch',
          path: ['applicant', 'givenNames'],
          params: { field: 'givenNames' },
        },
      ],
    });
  });

  it('DOC-8: apostrophes are dropped and Ü may be UE or U, as ICAO allows', () => {
    const obrien = td3('OBRIEN<<SEAN');
    expect(crossCheckMrz(obrien, { surname: "O'Brien", givenNames: 'Seán' }).success).toBe(true);
    const mueller = td3('MUELLER<<JURGEN', 'D<<');
    expect(crossCheckMrz(mueller, { surname: 'Müller', givenNames: 'Jürgen' }).success).toBe(true);
  });

  it('DOC-8: a full (possibly cut) MRZ name field is compared as a prefix, and a difference is only a warning', () => {
    const long = td3('ABDURAKHMONOVA<<MUKHAYYOKHON<ABDULLAEVNA<<<<');
    expect(long.nameTruncated).toBe(true);
    expect(
      crossCheckMrz(long, {
        surname: 'Abdurakhmonova',
        givenNames: 'Mukhayyokhon Abdullaevna Rakhimovna',
      }).success,
    ).toBe(true);
    expect(
      crossCheckMrz(long, { surname: 'Abdurakhmonova', givenNames: 'Mukhayokhon' }),
    ).toMatchObject({
      success: true,
      warnings: [{ code: 'mrz.mismatch', path: ['givenNames'] }],
    });
  });

  it('DOC-8: a Cyrillic name is compared through ICAO transliteration, and only warns', () => {
    const ivanov = td3('IVANOV<<IVAN', 'RUS');
    expect(crossCheckMrz(ivanov, { surname: 'Иванов', givenNames: 'Иван' })).toEqual({
      success: true,
      data: ivanov,
    });
    expect(crossCheckMrz(ivanov, { surname: 'Петров' })).toMatchObject({
      success: true,
      warnings: [
        { code: 'mrz.name_transliteration', path: ['surname'], params: { field: 'surname' } },
      ],
    });
  });

  it('DOC-8: the Russian internal passport MRZ is compared in Cyrillic (Ё and Е alike)', () => {
    const doc = '451123456';
    const personal = `0200315770053<`;
    const head = `${doc}${cd(doc)}RUS8001014M<<<<<<<${personal}${cd(personal)}`;
    const r = parseMrz([
      pad('PNRUSF2DOROV<<PETR<ALEKSEEVI3', 44),
      head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43)),
    ]);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(
      crossCheckMrz(r.data, {
        surname: 'Фёдоров',
        givenNames: 'Петр Алексеевич',
        documentNumber: '4510 123456',
      }),
    ).toEqual({ success: true, data: r.data });
    expect(crossCheckMrz(r.data, { surname: 'Федоров' }).success).toBe(true);
    expect(crossCheckMrz(r.data, { givenNames: 'Пётр Алексеевна' })).toMatchObject({
      warnings: [{ code: 'mrz.name_transliteration' }],
    });
  });

  it('DOC-8: document number, dates, sex and nationality are compared', () => {
    expect(
      crossCheckMrz(anna, {
        documentNumber: 'l898902c3',
        birthDate: '12.08.1974',
        expiryDate: '2012-04-15',
        sex: 'female',
        nationality: 'uto',
      }),
    ).toEqual({ success: true, data: anna });
    const r = crossCheckMrz(anna, {
      documentNumber: 'L898902C4',
      birthDate: '13.08.1974',
      expiryDate: '15.04.2013',
      sex: 'M',
      nationality: 'UZB',
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.path)).toEqual([
        ['documentNumber'],
        ['birthDate'],
        ['expiryDate'],
        ['sex'],
        ['nationality'],
      ]);
    expect(crossCheckMrz(anna, { birthDate: '1974/08/12' })).toEqual({
      success: false,
      issues: [{ code: 'input.wrong_format', path: ['birthDate'] }],
    });
  });

  test.prop([
    fc.record(
      {
        surname: fc.anything(),
        givenNames: fc.anything(),
        birthDate: fc.anything(),
        sex: fc.anything(),
        documentNumber: fc.anything(),
        nationality: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  ])('never throws on typed fields of any shape', (typed) => {
    expect(typeof crossCheckMrz(anna, typed as never).success).toBe('boolean');
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
      minLength: 1,
      maxLength: 15,
    }),
    fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
      minLength: 1,
      maxLength: 15,
    }),
  ])(
    'DOC-8: the name read from an MRZ always matches itself typed in lower case, and never with a letter changed',
    (surname, given) => {
      const mrz = td3(`${surname}<<${given}`);
      expect(
        crossCheckMrz(mrz, { surname: surname.toLowerCase(), givenNames: given.toLowerCase() })
          .success,
      ).toBe(true);
      const typo = surname.slice(0, -1) + (surname.endsWith('Q') ? 'W' : 'Q');
      expect(crossCheckMrz(mrz, { surname: typo })).toMatchObject({
        success: false,
        issues: [{ code: 'mrz.mismatch' }],
      });
    },
  );
});
