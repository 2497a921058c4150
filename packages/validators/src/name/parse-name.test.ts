import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { detectScript } from './detect-script.js';
import { isName } from './is-name.js';
import { parseName } from './parse-name.js';

const cyrWord = fc.stringMatching(/^[А-ЯЁ][а-яё]{1,12}$/);
const latWord = fc.stringMatching(/^[A-Z][a-z]{1,12}$/);
const joined = (words: string[], seps: string[]): string =>
  words.reduce((acc, w, i) => (i === 0 ? w : acc + seps[(i - 1) % seps.length]! + w), '');
const cyrName = fc
  .tuple(
    fc.array(cyrWord, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom(' ', '-'), { minLength: 1, maxLength: 2 }),
  )
  .map(([w, s]) => joined(w, s));
const latName = fc
  .tuple(
    fc.array(latWord, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom(' ', '-', "'"), { minLength: 1, maxLength: 2 }),
  )
  .map(([w, s]) => joined(w, s));

describe('parseName', () => {
  test.prop([cyrName])(
    'DOC-8: generated Cyrillic names pass unchanged in a Cyrillic field and are rejected in a Latin one',
    (name) => {
      expect(parseName(name, { script: 'cyrillic' })).toEqual({ success: true, data: name });
      expect(parseName(name)).toEqual({ success: true, data: name });
      expect(detectScript(name)).toBe('cyrillic');
      const latinOnly = parseName(name, { script: 'latin' });
      // A name made only of look-alikes (e.g. "Сера") could pass as Latin after fixing; anything else is rejected.
      if (!latinOnly.success) expect(latinOnly.issues[0]!.code).toBe('name.cyrillic_not_allowed');
      else expect(latinOnly.warnings).toEqual([{ code: 'name.lookalike_fixed', path: ['name'] }]);
    },
  );

  test.prop([latName])(
    'DOC-8: generated Latin names pass unchanged in a Latin field and are rejected in a Cyrillic one',
    (name) => {
      expect(parseName(name, { script: 'latin' })).toEqual({ success: true, data: name });
      const cyrOnly = parseName(name, { script: 'cyrillic' });
      if (!cyrOnly.success) expect(cyrOnly.issues[0]!.code).toBe('name.latin_not_allowed');
      else expect(cyrOnly.warnings).toEqual([{ code: 'name.lookalike_fixed', path: ['name'] }]);
    },
  );

  test.prop([
    cyrName,
    fc.array(fc.constantFrom('\u00A0', '\u200B', '\u2060', '\uFEFF', '  ', '\u3000'), {
      maxLength: 3,
    }),
  ])(
    'DOC-8: hidden spaces and zero-width characters around and inside separators are cleaned',
    (name, junk) => {
      const messy = `${junk.join('')} ${name.replace(/ /g, `${junk.join('')} `)}${junk.join('')}`;
      expect(parseName(messy)).toMatchObject({ success: true, data: name });
    },
  );

  test.prop([cyrName, fc.nat()])(
    'DOC-8: a Latin look-alike inside a Cyrillic name is fixed (or rejected by policy)',
    (name, seed) => {
      const positions = [...name]
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => 'аосерхуАВСЕНКМОРТХ'.includes(c));
      fc.pre(positions.length > 0);
      const { c, i } = positions[seed % positions.length]!;
      const latin = (
        {
          а: 'a',
          о: 'o',
          с: 'c',
          е: 'e',
          р: 'p',
          х: 'x',
          у: 'y',
          А: 'A',
          В: 'B',
          С: 'C',
          Е: 'E',
          Н: 'H',
          К: 'K',
          М: 'M',
          О: 'O',
          Р: 'P',
          Т: 'T',
          Х: 'X',
        } as Record<string, string>
      )[c]!;
      const spoofed = [...name].map((x, j) => (j === i ? latin : x)).join('');
      expect(detectScript(spoofed)).toBe('mixed');
      const fixed = parseName(spoofed, { script: 'cyrillic' });
      expect(fixed).toEqual({
        success: true,
        data: name,
        warnings: [{ code: 'name.lookalike_fixed', path: ['name'] }],
      });
      expect(parseName(spoofed, { script: 'cyrillic', lookalikes: 'reject' })).toMatchObject({
        success: false,
        issues: [{ code: 'name.lookalike', params: { char: latin, position: i } }],
      });
    },
  );

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    expect(typeof parseName(input).success).toBe('boolean');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 30 })])(
    'S-17: no unicode text throws',
    (text) => {
      const r = parseName(text);
      if (!r.success) expect(r.issues[0]!.code).toMatch(/^(name|input)\./);
    },
  );

  it('DOC-8: Unicode look-alikes — Latin in Cyrillic and Cyrillic in Latin', () => {
    expect(parseName('Пeтрoв')).toEqual({
      success: true,
      data: 'Петров',
      warnings: [{ code: 'name.lookalike_fixed', path: ['name'] }],
    });
    expect(parseName('Ivаnоv')).toEqual({
      success: true,
      data: 'Ivanov',
      warnings: [{ code: 'name.lookalike_fixed', path: ['name'] }],
    });
    expect(parseName('Ivаnоv', { lookalikes: 'reject' })).toMatchObject({
      issues: [
        { code: 'name.lookalike', params: { char: 'а', position: 2 } },
        { code: 'name.lookalike', params: { char: 'о', position: 4 } },
      ],
    });
    expect(parseName('Иvанов')).toMatchObject({ issues: [{ code: 'name.mixed_script' }] });
    expect(parseName('Иван Smith')).toMatchObject({ issues: [{ code: 'name.mixed_script' }] });
    expect(detectScript('Пeтров')).toBe('mixed');
  });

  it('DOC-8: a Cyrillic-only field rejects Latin and a Latin-only field rejects Cyrillic', () => {
    expect(parseName('Petrov', { script: 'cyrillic', path: ['surname'] })).toEqual({
      success: false,
      issues: [{ code: 'name.latin_not_allowed', path: ['surname'] }],
    });
    expect(parseName('Петров', { script: 'latin' })).toMatchObject({
      issues: [{ code: 'name.cyrillic_not_allowed' }],
    });
    expect(parseName('Сафаров', { script: 'cyrillic' }).success).toBe(true);
    expect(parseName("O'g'li", { script: 'latin' }).success).toBe(true);
  });

  it('DOC-8 / DOC-11: separators, characters and length give named reasons', () => {
    expect(parseName('Анна  -  Мария')).toEqual({ success: true, data: 'Анна-Мария' });
    expect(parseName('Oʻgʻli')).toEqual({ success: true, data: "O'g'li" });
    expect(parseName('Д’Артаньян')).toEqual({ success: true, data: "Д'Артаньян" });
    expect(parseName('Анна--Мария')).toMatchObject({ issues: [{ code: 'name.wrong_format' }] });
    expect(parseName('-Анна')).toMatchObject({ issues: [{ code: 'name.wrong_format' }] });
    expect(parseName('Анна-')).toMatchObject({ issues: [{ code: 'name.wrong_format' }] });
    expect(parseName('Анна2')).toMatchObject({
      issues: [{ code: 'name.invalid_character', params: { char: '2' } }],
    });
    expect(parseName('Ἀλέξανδρος')).toMatchObject({ issues: [{ code: 'name.invalid_character' }] });
    expect(parseName('А'.repeat(101))).toMatchObject({
      issues: [{ code: 'input.too_long', params: { max: 100 } }],
    });
    expect(parseName('\u200B \u00A0')).toMatchObject({ issues: [{ code: 'input.required' }] });
    expect(parseName(42)).toMatchObject({ issues: [{ code: 'input.not_a_string' }] });
    expect(isName('Анна')).toBe(true);
    expect(isName('R2-D2')).toBe(false);
  });

  it('DOC-4: full-width Latin letters fold to ASCII', () => {
    expect(parseName('Ｉｖａｎｏｖ', { script: 'latin' })).toEqual({
      success: true,
      data: 'Ivanov',
    });
  });
});
