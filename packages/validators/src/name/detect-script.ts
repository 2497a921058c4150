import { cleanText } from '../_lib/normalize-input.js';
import { letterScript } from '../_lib/name-letters.js';

/** The script of a text's letters: one of them, several (`mixed`), or no letters at all (`none`). */
export type TextScript = 'cyrillic' | 'latin' | 'other' | 'mixed' | 'none';

/**
 * Tells which script a text's letters are in (DOC-8): digits, spaces and punctuation are
 * ignored, hidden characters are removed first. A Cyrillic word with one Latin look-alike
 * (`Пeтров` with a Latin `e`) is `mixed` — {@link parseName} can fix it.
 *
 * @param text - any text
 * @returns `cyrillic`, `latin`, `other` (e.g. Greek, Georgian, Han), `mixed` or `none`
 * @example
 * ```ts
 * detectScript('Иванов');  // 'cyrillic'
 * detectScript('Ivanov');  // 'latin'
 * detectScript('Ивaнов');  // 'mixed' (a Latin 'a')
 * detectScript('12-34');   // 'none'
 * ```
 */
export function detectScript(text: string): TextScript {
  let found: 'cyrillic' | 'latin' | 'other' | undefined;
  for (const c of cleanText(text)) {
    const s = letterScript(c);
    if (s === undefined) continue;
    if (found === undefined) found = s;
    else if (found !== s) return 'mixed';
  }
  return found ?? 'none';
}
