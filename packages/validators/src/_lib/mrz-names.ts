// Names in the MRZ: splitting the `SURNAME<<GIVEN<NAMES` field, the Russian internal passport's
// own letter substitution (Ё→2, Й→Q, Ч→3 …; low confidence, see validators.md §1.3), and the
// reduction of a typed name to MRZ letters so the two can be compared (DOC-8).
import { ICAO_9303 } from './icao-9303.js';
import { cleanText } from './normalize-input.js';

/** The parts of an MRZ name field. */
export interface MrzNameParts {
  readonly surname: string;
  readonly givenNames: string;
  /** The field is full to its last character, so the name may have been cut. */
  readonly truncated: boolean;
}

/** A part of a name field without its surrounding fillers; inner runs of fillers become one space. */
function part(field: string, start: number, end: number): string {
  while (start < end && field.charCodeAt(start) === 60) start++;
  while (end > start && field.charCodeAt(end - 1) === 60) end--;
  const text = field.slice(start, end);
  return !text.includes('<') ? text : text.replace(/<+/g, ' ');
}

/** Splits a name field at the first `<<`; fillers inside a part become spaces. */
export function splitMrzName(field: string): MrzNameParts {
  const cut = field.indexOf('<<');
  return {
    surname: part(field, 0, cut === -1 ? field.length : cut),
    givenNames: cut === -1 ? '' : part(field, cut + 2, field.length),
    truncated: field.charCodeAt(field.length - 1) !== 60,
  };
}

// The Russian alphabet, and its MRZ letters in the MVD table for the internal passport (order
// 851 of 2017, as summarised publicly), same order.
const CYRILLIC = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const RUSSIAN_MRZ = 'ABVGDE2JZIQKLMNOPRSTUFHC34WXY9678';

/** Reads a name written with the Russian internal passport's substitution back into Cyrillic. */
export function decodeRussianMrzName(text: string): string {
  let out = '';
  for (const c of text) {
    const at = RUSSIAN_MRZ.indexOf(c);
    out += at === -1 ? c : CYRILLIC[at]!;
  }
  return out;
}

/** ICAO transliteration of upper-case Cyrillic text; other characters are kept. */
export function icaoTransliterate(text: string): string {
  let out = '';
  for (const c of text) out += ICAO_9303[c] ?? c;
  return out;
}

/** True when the text holds a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

// Letters ICAO writes with two Latin letters; the alternative spelling drops the mark instead.
const EXPANSIONS: Readonly<Record<string, string>> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', Å: 'AA' };
const ALWAYS: Readonly<Record<string, string>> = {
  ß: 'SS',
  ẞ: 'SS',
  Æ: 'AE',
  Ø: 'OE',
  Œ: 'OE',
  Þ: 'TH',
  Ð: 'D',
  Ł: 'L',
  Ĳ: 'IJ',
  Ħ: 'H',
  Ŀ: 'L',
  Ŋ: 'N',
  Ŧ: 'T',
  Đ: 'D',
  Ə: 'A',
  I: 'I',
  İ: 'I',
  ı: 'I',
};

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
  const strip = (s: string): string =>
    words(
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC'),
    );
  const a = strip(expanded);
  const b = strip(plain);
  return a === b ? [a] : [a, b];
}
