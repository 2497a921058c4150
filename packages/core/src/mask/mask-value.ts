/**
 * Masks a document number or any identifier: stars, then the last `visible` characters.
 * Values too short to hide anything are fully masked.
 *
 * @param value - the identifier
 * @param visible - how many trailing characters to keep (default 4; 0 or less hides all)
 * @returns the masked value, as long as the input
 * @example
 * ```ts
 * maskValue('4510123456'); // '******3456'
 * ```
 */
export function maskValue(value: string, visible = 4): string {
  const chars = [...value];
  // `visible` 0, negative or NaN shows nothing (`slice(-0)` would show everything).
  const keep = visible > 0 ? Math.floor(visible) : 0;
  if (keep === 0 || chars.length <= keep * 2) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - keep) + chars.slice(-keep).join('');
}
