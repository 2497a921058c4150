// ICAO Doc 9303 part 3 check digit: characters valued 0–9 (digits), 10–35 (A–Z), 0 (`<`),
// weighted 7, 3, 1 repeating from the left, sum mod 10.

const WEIGHTS = [7, 3, 1] as const;

/** The check digit of `value`, or -1 when a character is outside `[0-9A-Z<]`. */
export function mrzCheckDigit(value: string): number {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else if (c === 60) v = 0;
    else return -1;
    sum += v * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}
