const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A non-empty, well-formed (no lone surrogates) string of at most `max` UTF-16 units. */
export function isIdString(value: unknown, max = 200): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= max &&
    value.trim() === value &&
    !LONE_SURROGATE.test(value)
  );
}

/**
 * Normalizes a typed code: NFKC (full-width digits become ASCII), drops spaces, hyphens and
 * other separators, upper- or lower-cases to the alphabet's case. Returns `undefined` when a
 * character outside the alphabet remains or the length is wrong.
 */
export function normalizeCode(
  input: unknown,
  alphabet: string,
  length: number,
): string | undefined {
  if (typeof input !== 'string' || input.length > 4 * length + 16) return undefined;
  let value = input.normalize('NFKC').replace(/[\s\-_.\u00A0\u200B-\u200D\u2060\uFEFF]/gu, '');
  const hasLower = alphabet !== alphabet.toUpperCase();
  const hasUpper = alphabet !== alphabet.toLowerCase();
  if (hasLower && !hasUpper) value = value.toLowerCase();
  else if (hasUpper && !hasLower) value = value.toUpperCase();
  if ([...value].length !== length) return undefined;
  for (const ch of value) if (!alphabet.includes(ch)) return undefined;
  return value;
}
