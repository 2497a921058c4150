import { cleanText } from '../_lib/normalize-input.js';
import { ICAO_9303 } from '../_lib/icao-9303.js';
import { APOSTROPHES, GOST_52535_DIFF, MVD_310_DIFF, stripLatin } from '../_lib/name-letters.js';

/**
 * Cyrillic → Latin tables used in RF passports: `icao` (ICAO Doc 9303, FMS order 320 of 2012,
 * current passports), `gost-52535` (GOST R 52535.1-2006, 2010–2013: Ц→TC, Ъ dropped),
 * `mvd-310` (MVD order 310, 1997–2010: Й→Y, Ю→YU, Я→YA).
 */
export type TransliterationScheme = 'icao' | 'gost-52535' | 'mvd-310';

/**
 * Transliterates a Cyrillic name into the upper-case Latin of an RF passport (validators.md
 * §1.11). Spaces and hyphens stay, apostrophes go; Latin letters pass through in upper case
 * without diacritics; anything else is dropped. Use it to suggest a Latin spelling for a
 * Russian name only: foreigners' Latin names come from their own passports (Ukrainian Г is H
 * there), and holders may keep an older spelling — never "correct" an existing Latin name.
 *
 * @param name - the name in Cyrillic
 * @param scheme - the table (default `icao`)
 * @returns upper-case Latin, e.g. `'IULIIA SHCHEGLOVA'`
 * @example
 * ```ts
 * transliterateName('Юлия Щеглова');          // 'IULIIA SHCHEGLOVA'
 * transliterateName('Ян Разъездной');         // 'IAN RAZIEEZDNOI'
 * transliterateName('Цой', 'gost-52535');     // 'TCOI'
 * transliterateName('Юлия', 'mvd-310');       // 'YULIYA'
 * ```
 */
export function transliterateName(name: string, scheme: TransliterationScheme = 'icao'): string {
  const diff =
    scheme === 'gost-52535' ? GOST_52535_DIFF : scheme === 'mvd-310' ? MVD_310_DIFF : undefined;
  let out = '';
  for (const c of cleanText(name).replace(APOSTROPHES, "'")) {
    if (c === ' ' || c === '-') {
      out += c;
      continue;
    }
    const upper = c.toUpperCase();
    const mapped = diff?.[upper] ?? ICAO_9303[upper];
    if (mapped !== undefined) out += mapped;
    else out += stripLatin(c) ?? '';
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
