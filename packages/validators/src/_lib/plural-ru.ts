// Russian plural of a count: 1 год, 2 года, 5 лет (one / few / many).

/** Picks the form for `n`: `one` (1, 21, 101), `few` (2–4, 22–24), `many` (0, 5–20, 25…). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** `n` followed by the word "год" in the right form: `1 год`, `14 лет`, `22 года`. */
export function yearsRu(value: unknown): string {
  const n = Number(value);
  return `${String(value)} ${pluralRu(n, 'год', 'года', 'лет')}`;
}
