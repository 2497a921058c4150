// Fast path shared by the identifier parsers: most input is already plain ASCII, and NFKC plus
// three regular expressions cost far more than the check itself. Only when a character outside
// [0-9A-Za-z space - .] appears do the parsers fall back to the full `cleanText` hygiene.

/**
 * Strips ASCII spaces, hyphens and dots from an ASCII alphanumeric string. Returns `undefined`
 * as soon as any other character appears (non-ASCII, tabs, punctuation), so the caller can run
 * the full Unicode normalization instead.
 */
export function asciiCompact(value: string): string | undefined {
  let separators = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (c === 32 || c === 45 || c === 46) {
      separators = true;
      continue;
    }
    return undefined;
  }
  return separators ? value.replace(/[ .-]/g, '') : value;
}

/** True when every character of `value` is an ASCII digit (and there is at least one). */
export function isAsciiDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
