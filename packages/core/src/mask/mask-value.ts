/**
 * Masks a document number or any identifier: stars, then the last `visible` characters.
 * Values too short to hide anything are fully masked.
 *
 * @param value - the identifier
 * @param visible - how many trailing characters to keep (default 4)
 * @returns the masked value, as long as the input
 * @example
 * ```ts
 * maskValue('4510123456'); // '******3456'
 * ```
 */
export function maskValue(value: string, visible = 4): string {
  const chars = [...value];
  if (chars.length <= visible * 2) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - visible) + chars.slice(-visible).join('');
}
