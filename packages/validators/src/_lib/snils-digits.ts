// Allocation-free reading and checking of a SNILS typed in plain ASCII: the fixed-form reader
// both isSnils and parseSnils start with, and isSnils' reader of any plain-ASCII spelling.
// Non-ASCII input is not read here; it goes through full Unicode hygiene (cleanText) first.

/** Bodies up to 001-001-998 were issued before the control number meant anything (DOC-5). */
export const LAST_EXEMPT_BODY = 1_001_998;

/** `readSnilsDigits` result for text with a character other than a digit, space, `-` or `.`. */
export const NOT_PLAIN_ASCII = -1;

/**
 * Copies the digits of `text` into `into` (at most `into.length`), skipping ASCII spaces,
 * hyphens and dots. Returns how many digits the text holds, or {@link NOT_PLAIN_ASCII}.
 */
export function readSnilsDigits(text: string, into: Uint8Array): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const digit = code - 48;
    if (digit >>> 0 <= 9) {
      if (count < into.length) into[count] = digit;
      count++;
    } else if (code !== 32 && code !== 45 && code !== 46) return NOT_PLAIN_ASCII;
  }
  return count;
}

/** The control number of a 9-digit body (weights 9…1; sums of 100 and 101 give 0, larger are taken mod 101). */
export function snilsControl(weightedSum: number): number {
  return weightedSum < 100 ? weightedSum : (weightedSum % 101) % 100;
}

/** Whether 11 digits (body + control) form a valid SNILS: not all zero, and checked outside the exempt range. */
export function snilsDigitsValid(d: Uint8Array): boolean {
  const body =
    (((((((d[0]! * 10 + d[1]!) * 10 + d[2]!) * 10 + d[3]!) * 10 + d[4]!) * 10 + d[5]!) * 10 +
      d[6]!) *
      10 +
      d[7]!) *
      10 +
    d[8]!;
  if (body === 0) return false;
  if (body <= LAST_EXEMPT_BODY) return true;
  const sum =
    9 * d[0]! +
    8 * d[1]! +
    7 * d[2]! +
    6 * d[3]! +
    5 * d[4]! +
    4 * d[5]! +
    3 * d[6]! +
    2 * d[7]! +
    d[8]!;
  return snilsControl(sum) === d[9]! * 10 + d[10]!;
}

/**
 * Reads the two shapes nearly all input has — 11 digits, or the printed `XXX-XXX-XXX YY` — at
 * fixed positions into `into` (11 digits). `false` for any other text or when a position holds
 * something other than a digit.
 */
export function readFixedSnilsDigits(t: string, into: Uint8Array): boolean {
  let p: number;
  if (t.length === 11) p = 0;
  else if (
    t.length === 14 &&
    t.charCodeAt(3) === 45 &&
    t.charCodeAt(7) === 45 &&
    t.charCodeAt(11) === 32
  )
    p = 1;
  else return false;
  // Group k / 3 of the body (and the control, group 3) stands after that many separators.
  for (let k = 0; k < 11; k++) {
    const digit = t.charCodeAt(k + p * ((k / 3) | 0)) - 48;
    if (digit >>> 0 > 9) return false;
    into[k] = digit;
  }
  return true;
}
