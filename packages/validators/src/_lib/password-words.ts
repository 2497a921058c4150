// Folding used by checkPassword: Russian-layout typing (`gfhjkm` is `пароль` typed with the
// wrong layout), leetspeak, decorations, and the words a person's own data gives away (S-1
// context words). No word list here: the blocklist comes with the policy, and the common
// passwords live in the `password-presets` subpath.
import { ICAO_9303 } from './icao-9303.js';

// Russian ЙЦУКЕН keys → the Latin letters on the same keys of a US keyboard.
const LAYOUT: Readonly<Record<string, string>> = {
  й: 'q',
  ц: 'w',
  у: 'e',
  к: 'r',
  е: 't',
  н: 'y',
  г: 'u',
  ш: 'i',
  щ: 'o',
  з: 'p',
  х: '[',
  ъ: ']',
  ф: 'a',
  ы: 's',
  в: 'd',
  а: 'f',
  п: 'g',
  р: 'h',
  о: 'j',
  л: 'k',
  д: 'l',
  ж: ';',
  э: "'",
  я: 'z',
  ч: 'x',
  с: 'c',
  м: 'v',
  и: 'b',
  т: 'n',
  ь: 'm',
  б: ',',
  ю: '.',
  ё: '`',
};

/** Lower-case text with Russian-layout letters replaced by the Latin keys they sit on. */
export function toLatinKeys(lower: string): string {
  let out = '';
  for (const c of lower) out += LAYOUT[c] ?? c;
  return out;
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** Leetspeak undone (`p@ssw0rd` → `password`); `1` is tried as both `i` and `l`. */
export function unLeet(lower: string): string[] {
  let base = '';
  for (const c of lower) base += LEET[c] ?? c;
  return lower.includes('1')
    ? [base, [...lower].map((c) => (c === '1' ? 'l' : (LEET[c] ?? c))).join('')]
    : [base];
}

const NOT_LETTER = /[^\p{L}]/u;
const MAX_DECORATION = 6;

/**
 * The words left when some digits and symbols are taken off either end: `lol123#1` gives
 * `lol123#1`, `lol123#`, `lol123`, `lol12`, … and `lol`; at most six characters are tried at
 * each end, plus the fully stripped core. Cores shorter than four characters are skipped.
 */
export function decoratedCores(lower: string): string[] {
  const chars = [...lower];
  let head = 0;
  while (head < chars.length && NOT_LETTER.test(chars[head]!)) head++;
  // Scanned independently of `head`: a password of digits and symbols only (`11235813212024!`)
  // must still lose its decoration from the end.
  let tail = chars.length;
  while (tail > 0 && NOT_LETTER.test(chars[tail - 1]!)) tail--;
  const starts = new Set([head]);
  for (let s = 0; s <= Math.min(head, MAX_DECORATION); s++) starts.add(s);
  const ends = new Set([tail]);
  for (let e = chars.length; e >= Math.max(tail, chars.length - MAX_DECORATION); e--) ends.add(e);
  const cores: string[] = [];
  for (const s of starts)
    for (const e of ends)
      if (e - s >= 4 && (s > 0 || e < chars.length)) cores.push(chars.slice(s, e).join(''));
  return cores;
}

/** Latin spelling of a Cyrillic word (ICAO), lower case. */
export function latinSpelling(lower: string): string {
  let out = '';
  for (const c of lower) out += (ICAO_9303[c.toUpperCase()] ?? c).toLowerCase();
  return out;
}
