/**
 * Normalizes the text of a support message before it is checked and stored: Unicode NFC,
 * line breaks as `\n`, hidden characters (zero-width spaces and joiners, BOM, bidi controls) and
 * other control characters removed (tabs become spaces), trailing spaces cut from each line,
 * more than two blank lines in a row cut to two, and the whole trimmed. What the user sees is
 * what is stored; the length limit counts the result in code points.
 *
 * @param text - the text as sent
 * @returns the normalized text (empty when nothing visible was sent)
 * @example
 * ```ts
 * normalizeSupportText('  Не приходит\u200b код\r\n\r\n\r\n\r\nпо СМС\t '); // 'Не приходит код\n\n\nпо СМС'
 * ```
 */
export function normalizeSupportText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/gu, '')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu, '')
    .replace(/[ \u00a0]+$/gmu, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/**
 * The length of a text in code points, as the limits count it.
 *
 * @param text - any text
 * @returns the number of code points
 * @example
 * ```ts
 * codePointLength('😀a'); // 2
 * ```
 */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
