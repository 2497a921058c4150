/** How sure we are of a country's passport-number pattern (validators.md §1.6). */
export type ForeignPassportConfidence = 'high' | 'medium' | 'low';

/** A country's usual passport-number shape; a mismatch is a warning unless the caller opts in. */
export interface ForeignPassportPattern {
  /** ICAO code of the issuing state (`'UZB'`, `'D'` for Germany). */
  readonly country: string;
  /** ISO 3166-1 alpha-2 code accepted as an alias (`'UZ'`, `'DE'`). */
  readonly alpha2: string;
  /** Anchored pattern over the compact, upper-case number. */
  readonly pattern: RegExp;
  /** How well sourced the pattern is. */
  readonly confidence: ForeignPassportConfidence;
  /** A made-up number of the usual shape, shown in the warning. */
  readonly example: string;
}

function p(
  country: string,
  alpha2: string,
  pattern: RegExp,
  confidence: ForeignPassportConfidence,
  example: string,
): ForeignPassportPattern {
  return { country, alpha2, pattern, confidence, example };
}

/**
 * Usual passport-number shapes of the main countries of origin and a few others. Only the MRZ
 * check digit really protects these numbers, so the patterns drive soft validation: a number
 * that does not match is accepted with a `foreign_passport.pattern` warning (DOC-4).
 *
 * @example
 * ```ts
 * foreignPassportPatterns.find((x) => x.country === 'UZB')?.pattern.test('AA1234567'); // true
 * ```
 */
export const foreignPassportPatterns: readonly ForeignPassportPattern[] = [
  p('UZB', 'UZ', /^[A-Z]{2}\d{7}$/, 'medium', 'AA1234567'),
  p('TJK', 'TJ', /^(\d{9}|[A-Z]\d{8})$/, 'low', '401234567'),
  p('KGZ', 'KG', /^[A-Z]{2}\d{7}$/, 'medium', 'AC1234567'),
  p('KAZ', 'KZ', /^N\d{7,8}$/, 'low', 'N12345678'),
  p('ARM', 'AM', /^[A-Z]{2}\d{7}$/, 'medium', 'AB1234567'),
  p('AZE', 'AZ', /^[A-Z]\d{8}$/, 'medium', 'C12345678'),
  p('BLR', 'BY', /^[A-Z]{2}\d{7}$/, 'high', 'MP1234567'),
  p('UKR', 'UA', /^([A-Z]{2}\d{6}|\d{9})$/, 'medium', 'FA123456'),
  p('MDA', 'MD', /^[A-Z]{1,2}\d{7,8}$/, 'low', 'AB1234567'),
  p('CHN', 'CN', /^(E[A-HJ-NP-Z0-9]\d{7}|[EG]\d{8}|(DE|SE|PE)\d{7})$/, 'medium', 'E12345678'),
  p('IND', 'IN', /^[A-Z]\d{7}$/, 'high', 'P1234567'),
  p('VNM', 'VN', /^[A-Z]\d{7,8}$/, 'low', 'C1234567'),
  p('TUR', 'TR', /^([A-Z]\d{8}|\d{8})$/, 'medium', 'U12345678'),
  p('D', 'DE', /^[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}$/, 'medium', 'C01X00T47'),
  p('FRA', 'FR', /^\d{2}[A-Z]{2}\d{5}$/, 'high', '12AB34567'),
  p('USA', 'US', /^(\d{9}|[A-Z]\d{8})$/, 'high', 'A12345678'),
  p('RUS', 'RU', /^\d{9}$/, 'high', '751234567'),
  p('GBR', 'GB', /^\d{9}$/, 'medium', '123456789'),
  p('ITA', 'IT', /^[A-Z0-9]{2}\d{7}$/, 'medium', 'YA1234567'),
  p('ESP', 'ES', /^[A-Z0-9]{2}[A-Z0-9]?\d{6}$/, 'medium', 'PAA123456'),
  p('POL', 'PL', /^[A-Z]{2}\d{7}$/, 'medium', 'EA1234567'),
  p('JPN', 'JP', /^[A-Z]{2}\d{7}$/, 'medium', 'TK1234567'),
  p('KOR', 'KR', /^[MS]\d{8}$/, 'medium', 'M12345678'),
  p('IRN', 'IR', /^[A-Z]\d{8}$/, 'medium', 'K12345678'),
  p('CAN', 'CA', /^[A-Z]{2}\d{6}$/, 'medium', 'AB123456'),
];
