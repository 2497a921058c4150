import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareNameWithMrz } from './compare-name-with-mrz.js';
import { transliterateName } from './transliterate-name.js';

const TD3 = 39;
const field = (surname: string, given: string): string =>
  `${surname}<<${given}`.replace(/[ -]/g, '<').padEnd(TD3, '<').slice(0, TD3);

describe('compareNameWithMrz', () => {
  it('DOC-8: Cyrillic typed names match every official RF passport spelling', () => {
    const typed = { surname: 'Щеглова', givenNames: 'Юлия' };
    expect(compareNameWithMrz(typed, field('SHCHEGLOVA', 'IULIIA'))).toEqual({
      success: true,
      data: { method: 'transliteration', truncated: false, patronymicInMrz: false },
    });
    expect(compareNameWithMrz(typed, field('SHCHEGLOVA', 'YULIYA')).success).toBe(true);
    expect(
      compareNameWithMrz({ surname: 'Цой', givenNames: 'Артём' }, field('TCOI', 'ARTEM')).success,
    ).toBe(true);
    expect(
      compareNameWithMrz({ surname: 'Разъездной', givenNames: 'Ян' }, field('RAZEZDNOI', 'IAN'))
        .success,
    ).toBe(true);
    expect(
      compareNameWithMrz({ surname: 'Разъездной', givenNames: 'Ян' }, field('RAZIEEZDNOI', 'IAN'))
        .success,
    ).toBe(true);
  });

  it('DOC-8: strict about typos — one wrong, missing or extra letter is a mismatch, on the right field', () => {
    const mrz = field('SHCHEGLOVA', 'IULIIA');
    expect(compareNameWithMrz({ surname: 'Щеглова', givenNames: 'Юля' }, mrz)).toEqual({
      success: false,
      issues: [{ code: 'name.mrz_mismatch', path: ['givenNames'] }],
    });
    expect(compareNameWithMrz({ surname: 'Щегловa', givenNames: 'Юлия' }, mrz).success).toBe(true); // Latin a typed: same letter in MRZ
    expect(compareNameWithMrz({ surname: 'Щеголова', givenNames: 'Юлия' }, mrz)).toMatchObject({
      issues: [{ code: 'name.mrz_mismatch', path: ['surname'] }],
    });
    expect(compareNameWithMrz({ surname: 'Щеглов', givenNames: 'Юлия' }, mrz)).toMatchObject({
      issues: [{ code: 'name.mrz_mismatch', path: ['surname'] }],
    });
    expect(compareNameWithMrz({ surname: 'Shcheglova', givenNames: 'Iulia' }, mrz)).toMatchObject({
      issues: [{ code: 'name.mrz_mismatch', path: ['givenNames'] }],
    });
  });

  it('DOC-8: Latin typed names: exact, case-insensitive, diacritics per ICAO, separators as <', () => {
    expect(
      compareNameWithMrz(
        { surname: 'Karimov', givenNames: 'Alisher' },
        field('KARIMOV', 'ALISHER'),
      ),
    ).toEqual({
      success: true,
      data: { method: 'exact', truncated: false, patronymicInMrz: false },
    });
    expect(
      compareNameWithMrz({ surname: 'Müller', givenNames: 'Jürgen' }, field('MUELLER', 'JUERGEN')),
    ).toMatchObject({ success: true, data: { method: 'transliteration' } });
    expect(
      compareNameWithMrz({ surname: 'Müller', givenNames: 'Jürgen' }, field('MULLER', 'JURGEN'))
        .success,
    ).toBe(true);
    expect(
      compareNameWithMrz({ surname: 'Öztürk', givenNames: 'Ayşe' }, field('OZTURK', 'AYSE'))
        .success,
    ).toBe(true);
    expect(
      compareNameWithMrz(
        { surname: 'Abdul-Rahman', givenNames: "O'g'li" },
        field('ABDUL<RAHMAN', 'OGLI'),
      ).success,
    ).toBe(true);
    expect(
      compareNameWithMrz(
        { surname: 'de la Cruz', givenNames: 'Ana María' },
        field('DE<LA<CRUZ', 'ANA<MARIA'),
      ).success,
    ).toBe(true);
    expect(
      compareNameWithMrz({ surname: 'Delacruz', givenNames: 'Ana' }, field('DE<LA<CRUZ', 'ANA')),
    ).toMatchObject({ issues: [{ path: ['surname'] }] });
  });

  it('DOC-8: a patronymic counts when the MRZ carries it, and is ignored when it does not', () => {
    const typed = { surname: 'Иванов', givenNames: 'Иван', patronymic: 'Иванович' };
    expect(compareNameWithMrz(typed, field('IVANOV', 'IVAN'))).toMatchObject({
      success: true,
      data: { patronymicInMrz: false },
    });
    expect(compareNameWithMrz(typed, field('IVANOV', 'IVAN<IVANOVICH'))).toMatchObject({
      success: true,
      data: { patronymicInMrz: true },
    });
    expect(compareNameWithMrz(typed, field('IVANOV', 'IVAN<PETROVICH'))).toMatchObject({
      issues: [{ path: ['givenNames'] }],
    });
  });

  it('DOC-8: a full field may cut the name short; a short field may not', () => {
    const surname = 'Константинопольская';
    const given = 'Александра Владиславовна';
    const full = field(transliterateName(surname), transliterateName(given));
    expect(full.endsWith('<')).toBe(false);
    expect(compareNameWithMrz({ surname, givenNames: given }, full)).toMatchObject({
      success: true,
      data: { truncated: true },
    });
    expect(
      compareNameWithMrz({ surname, givenNames: given }, full.slice(0, 30), { truncated: false }),
    ).toMatchObject({ issues: [{ path: ['givenNames'] }] });
    expect(compareNameWithMrz({ surname, givenNames: 'Алексей' }, full)).toMatchObject({
      issues: [{ path: ['givenNames'] }],
    });
  });

  it('DOC-11: a bad MRZ or bad typed parts are named', () => {
    expect(compareNameWithMrz({ surname: 'Иванов' }, 'ivanov<<ivan')).toEqual({
      success: false,
      issues: [{ code: 'name.mrz_invalid', path: ['mrz'] }],
    });
    expect(compareNameWithMrz({ surname: '' }, 'IVANOV<<IVAN', { path: ['holder'] })).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['holder', 'surname'] }],
    });
    expect(compareNameWithMrz({ surname: 'Иванов', givenNames: 7 }, 'IVANOV<<IVAN')).toMatchObject({
      issues: [{ code: 'input.not_a_string', path: ['givenNames'] }],
    });
    expect(compareNameWithMrz({ surname: 'Ιβανοφ' }, 'IVANOV<<')).toMatchObject({
      issues: [{ code: 'name.invalid_character', path: ['surname'] }],
    });
    expect(compareNameWithMrz({ surname: 'Иванов', givenNames: 'Иван' }, 'IVANOV<<')).toMatchObject(
      { issues: [{ code: 'name.mrz_mismatch', path: ['givenNames'] }] },
    );
  });

  test.prop([fc.anything(), fc.anything(), fc.string({ unit: 'binary', maxLength: 44 })])(
    'S-17: no input of any shape throws',
    (surname, givenNames, mrz) => {
      expect(typeof compareNameWithMrz({ surname, givenNames }, mrz).success).toBe('boolean');
    },
  );

  test.prop([
    fc.stringMatching(/^[A-Z]{2,12}$/),
    fc.stringMatching(/^[A-Z]{2,12}$/),
    fc.nat(),
    fc.constantFrom('A', 'B', 'Z'),
  ])(
    'DOC-8: changing one letter of a Latin name always breaks the match',
    (surname, given, at, letter) => {
      const mrz = field(surname, given);
      expect(compareNameWithMrz({ surname, givenNames: given.toLowerCase() }, mrz).success).toBe(
        true,
      );
      const i = at % given.length;
      fc.pre(given[i] !== letter);
      const typo = given.slice(0, i) + letter + given.slice(i + 1);
      expect(compareNameWithMrz({ surname, givenNames: typo }, mrz)).toMatchObject({
        success: false,
        issues: [{ path: ['givenNames'] }],
      });
    },
  );
});

describe('compareNameWithMrz with parsed MRZ parts', () => {
  it('DOC-8: takes the parts parseMrz returns, including its truncation flag', () => {
    expect(
      compareNameWithMrz(
        { surname: 'Де ла Круз', givenNames: 'Ана' },
        { surname: 'DE LA KRUZ', givenNames: 'ANA', nameTruncated: false },
      ),
    ).toMatchObject({ success: true });
    expect(
      compareNameWithMrz(
        { surname: 'Иванов', givenNames: 'Александр' },
        { surname: 'IVANOV', givenNames: 'ALEKS', nameTruncated: true },
      ),
    ).toMatchObject({ success: true, data: { truncated: true } });
    expect(
      compareNameWithMrz(
        { surname: 'Иванов', givenNames: 'Александр' },
        { surname: 'IVANOV', givenNames: 'ALEKS', nameTruncated: false },
      ),
    ).toMatchObject({ issues: [{ path: ['givenNames'] }] });
    expect(
      compareNameWithMrz({ surname: 'Иванов' }, { surname: 'ivanov', givenNames: '' }),
    ).toMatchObject({ issues: [{ code: 'name.mrz_invalid' }] });
  });
});
