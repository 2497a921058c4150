/**
 * The decimal text of a number, as `String(n)` and RFC 8785 write it. Integers from 1e8 up to
 * 2^53 − 1 (epoch milliseconds, large sequence numbers) are written as two small-integer
 * halves: V8 converts those through its integer path, while a 13-digit value goes through the
 * general double-to-string conversion, which costs several times more. Every other value goes
 * to `String` unchanged, so the result is always equal to `String(n)` (tested).
 */
export function decimal(n: number): string {
  if (!(n >= 1e8 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n)) return `${n}`;
  let hi = Math.floor(n / 1e8);
  let lo = n - hi * 1e8;
  // Both are exact for safe integers; the adjustments guard the rounded quotient.
  if (lo < 0) {
    hi--;
    lo += 1e8;
  } else if (lo >= 1e8) {
    hi++;
    lo -= 1e8;
  }
  // lo + 1e8 has exactly nine digits: dropping the first one pads lo to eight.
  return `${hi}${`${lo + 1e8}`.slice(1)}`;
}
