// Letters of person names: script of a character, Latin/Cyrillic look-alikes (homoglyphs that
// autofill, keyboard-layout slips and copy-paste mix into names), apostrophe variants, and the
// passport transliteration tables of validators.md §1.11.
import { ICAO_9303 } from './icao-9303.js';

/** The script of one character as far as names care. */
export type LetterScript = 'cyrillic' | 'latin' | 'other';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** Script of a letter; `undefined` for anything that is not a letter. */
export function letterScript(c: string): LetterScript | undefined {
  if (!LETTER.test(c)) return undefined;
  if (CYRILLIC.test(c)) return 'cyrillic';
  if (LATIN.test(c)) return 'latin';
  return 'other';
}

/** Latin letters that look like Cyrillic ones, and their Cyrillic twins. */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  j: 'ј',
  s: 'ѕ',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  I: 'І',
  J: 'Ј',
  S: 'Ѕ',
};

/** Cyrillic letters that look like Latin ones, and their Latin twins. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

// Twins that exist only in Ukrainian/Serbian/Macedonian (і ј ѕ): a Russian-only field should
// not receive them as "fixes" of Latin i/j/s.
const NON_RUSSIAN_TWINS = new Set(['і', 'ј', 'ѕ', 'І', 'Ј', 'Ѕ']);

/** The Cyrillic twin of a Latin look-alike, or `undefined`. */
export function cyrillicTwin(latin: string): string | undefined {
  const twin = LATIN_TO_CYRILLIC[latin];
  return twin === undefined || NON_RUSSIAN_TWINS.has(twin) ? undefined : twin;
}

/** The Latin twin of a Cyrillic look-alike, or `undefined`. */
export function latinTwin(cyrillic: string): string | undefined {
  return CYRILLIC_TO_LATIN[cyrillic];
}

/** Apostrophe look-alikes in names (Д’Артаньян, O‘g‘li): all become ASCII `'`. */
export const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u02B9\u0060\u00B4\u2032\uFF07]/g;

/** Letters where GOST R 52535.1-2006 (FMS order 26, passports of 2010–2013) differs from ICAO. */
export const GOST_52535_DIFF: Readonly<Record<string, string>> = { Ц: 'TC', Ъ: '' };

/** Letters where MVD order 310 (passports of 1997–2010) differs from ICAO. */
export const MVD_310_DIFF: Readonly<Record<string, string>> = {
  Й: 'Y',
  Ю: 'YU',
  Я: 'YA',
  Ъ: '',
  Е: 'E',
  Ё: 'E',
};

/**
 * Every Latin spelling a Cyrillic letter has had in RF passports (ICAO 2012+, GOST 2010–2013,
 * MVD 1997–2010): holders may keep an old spelling, so a comparison accepts each.
 * MVD 310 also wrote Е/Ё as YE after vowels and at the start of a word; accepted everywhere.
 */
export const PASSPORT_ALTERNATIVES: Readonly<Record<string, readonly string[]>> =
  Object.fromEntries(
    Object.entries(ICAO_9303).map(([letter, icao]) => {
      const all = new Set([icao]);
      const gost = GOST_52535_DIFF[letter];
      const mvd = MVD_310_DIFF[letter];
      if (gost !== undefined) all.add(gost);
      if (mvd !== undefined) all.add(mvd);
      if (letter === 'Е') all.add('YE');
      if (letter === 'Ё') {
        all.add('YE');
        all.add('YO');
      }
      return [letter, [...all]];
    }),
  );

/** ICAO Doc 9303 spellings of Latin letters with diacritics (others lose the mark). */
export const LATIN_DIACRITIC_ALTERNATIVES: Readonly<Record<string, readonly string[]>> = {
  Ä: ['AE', 'A'],
  Ö: ['OE', 'O'],
  Ü: ['UE', 'U'],
  Å: ['AA', 'A'],
  Æ: ['AE'],
  Ø: ['OE', 'O'],
  Œ: ['OE'],
  ß: ['SS'],
  Ñ: ['N', 'NXX'],
  Þ: ['TH'],
  Ð: ['D'],
  Ĳ: ['IJ'],
  Ł: ['L'],
  Đ: ['D'],
  Ħ: ['H'],
  Ə: ['A', 'E'],
};

/** A Latin letter without its diacritics, upper case (`é` → `E`); `undefined` if none is left. */
export function stripLatin(c: string): string | undefined {
  const base = c.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return /^[A-Z]+$/.test(base) ? base : undefined;
}
