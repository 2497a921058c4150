// Names in the MRZ: splitting the `SURNAME<<GIVEN<NAMES` field, the Russian internal passport's
// own letter substitution (Ё→2, Й→Q, Ч→3 …; low confidence, see validators.md §1.3), and the
// reduction of a typed name to MRZ letters so the two can be compared (DOC-8).
import { cleanText } from './normalize-input.js';

/** The parts of an MRZ name field. */
export interface MrzNameParts {
  readonly surname: string;
  readonly givenNames: string;
  /** The field is full to its last character, so the name may have been cut. */
  readonly truncated: boolean;
}

/** Splits a name field at the first `<<`; fillers inside a part become spaces. */
export function splitMrzName(field: string): MrzNameParts {
  const truncated = field.charCodeAt(field.length - 1) !== 60;
  const cut = field.indexOf('<<');
  const surname = cut === -1 ? field : field.slice(0, cut);
  const given = cut === -1 ? '' : field.slice(cut + 2);
  return {
    surname: surname.replace(/<+/g, ' ').trim(),
    givenNames: given.replace(/<+/g, ' ').trim(),
    truncated,
  };
}

// MVD table for the internal passport's MRZ (order 851 of 2017, as summarised publicly).
const RUSSIAN_MRZ: Readonly<Record<string, string>> = {
  A: 'А', B: 'Б', V: 'В', G: 'Г', D: 'Д', E: 'Е', 2: 'Ё', J: 'Ж', Z: 'З', I: 'И', Q: 'Й',
  K: 'К', L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', T: 'Т', U: 'У', F: 'Ф',
  H: 'Х', C: 'Ц', 3: 'Ч', 4: 'Ш', W: 'Щ', X: 'Ъ', Y: 'Ы', 9: 'Ь', 6: 'Э', 7: 'Ю', 8: 'Я',
};

/** Reads a name written with the Russian internal passport's substitution back into Cyrillic. */
export function decodeRussianMrzName(text: string): string {
  let out = '';
  for (const c of text) out += RUSSIAN_MRZ[c] ?? c;
  return out;
}

// ICAO Doc 9303 part 3, Cyrillic → Latin (validators.md §1.11).
const ICAO_CYRILLIC: Readonly<Record<string, string>> = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ё: 'E', Ж: 'ZH', З: 'Z', И: 'I', Й: 'I',
  К: 'K', Л: 'L', М: 'M', Н: 'N', О: 'O', П: 'P', Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F',
  Х: 'KH', Ц: 'TS', Ч: 'CH', Ш: 'SH', Щ: 'SHCH', Ъ: 'IE', Ы: 'Y', Ь: '', Э: 'E', Ю: 'IU', Я: 'IA',
  Ґ: 'G', Є: 'IE', І: 'I', Ї: 'I', Ў: 'U', Ђ: 'D', Ѓ: 'G', Ѕ: 'DZ', Ј: 'J', Љ: 'LJ', Њ: 'NJ', Ћ: 'C', Џ: 'DZ',
};

/** ICAO transliteration of upper-case Cyrillic text; other characters are kept. */
export function icaoTransliterate(text: string): string {
  let out = '';
  for (const c of text) out += ICAO_CYRILLIC[c] ?? c;
  return out;
}

/** True when the text holds a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

// Letters ICAO writes with two Latin letters; the alternative spelling drops the mark instead.
const EXPANSIONS: Readonly<Record<string, string>> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', Å: 'AA' };
const ALWAYS: Readonly<Record<string, string>> = { ß: 'SS', ẞ: 'SS', Æ: 'AE', Ø: 'OE', Œ: 'OE', Þ: 'TH', Ð: 'D', Ł: 'L', Ĳ: 'IJ', Ħ: 'H', Ŀ: 'L', Ŋ: 'N', Ŧ: 'T', Đ: 'D', Ə: 'A', I: 'I', İ: 'I', ı: 'I' };

function words(text: string): string {
  return text
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^A-Z0-9\u0400-\u04FF]+/g, ' ')
    .trim();
}

/**
 * The spellings a typed name may have in an MRZ, as upper-case words separated by single
 * spaces: with ICAO's two-letter forms for Ä, Ö, Ü, Å, and with the marks simply dropped.
 */
export function typedNameSpellings(typed: string): string[] {
  const upper = cleanText(typed).toUpperCase();
  let expanded = '';
  let plain = '';
  for (const c of upper) {
    const always = ALWAYS[c];
    if (always !== undefined) {
      expanded += always;
      plain += always;
      continue;
    }
    expanded += EXPANSIONS[c] ?? c;
    plain += c;
  }
  const strip = (s: string): string => words(s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'));
  const a = strip(expanded);
  const b = strip(plain);
  return a === b ? [a] : [a, b];
}
