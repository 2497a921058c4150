// Allocation-free reading and checking of a SNILS typed in plain ASCII, for isSnils (parseSnils
// shares only the exempt range and the control formula: its own fixed-form reader also builds the
// value and the issues, and stays small for its 1 kB budget). Non-ASCII input is not read here;
// it goes through full Unicode hygiene (cleanText) first.

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
 * The verdict on the two shapes nearly all input has, read at fixed positions without a loop:
 * 11 digits (`printed` false) or `XXX-XXX-XXX YY` (`printed` true, separators already checked).
 * `undefined` when a position holds something other than a digit.
 */
export function snilsFixedFormValid(t: string, printed: boolean): boolean | undefined {
  const p = printed ? 1 : 0;
  const a = t.charCodeAt(0) - 48;
  const b = t.charCodeAt(1) - 48;
  const c = t.charCodeAt(2) - 48;
  const d = t.charCodeAt(3 + p) - 48;
  const e = t.charCodeAt(4 + p) - 48;
  const f = t.charCodeAt(5 + p) - 48;
  const g = t.charCodeAt(6 + 2 * p) - 48;
  const h = t.charCodeAt(7 + 2 * p) - 48;
  const i = t.charCodeAt(8 + 2 * p) - 48;
  const hi = t.charCodeAt(9 + 3 * p) - 48;
  const lo = t.charCodeAt(10 + 3 * p) - 48;
  // v is a digit when neither v nor 9 - v is negative: one sign test covers all eleven.
  if (
    (a |
      (9 - a) |
      b |
      (9 - b) |
      c |
      (9 - c) |
      d |
      (9 - d) |
      e |
      (9 - e) |
      f |
      (9 - f) |
      g |
      (9 - g) |
      h |
      (9 - h) |
      i |
      (9 - i) |
      hi |
      (9 - hi) |
      lo |
      (9 - lo)) <
    0
  ) {
    return undefined;
  }
  const body =
    (((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i;
  if (body <= LAST_EXEMPT_BODY) return body !== 0;
  return (
    snilsControl(9 * a + 8 * b + 7 * c + 6 * d + 5 * e + 4 * f + 3 * g + 2 * h + i) === hi * 10 + lo
  );
}
