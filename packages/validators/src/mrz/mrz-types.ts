/** The ICAO Doc 9303 layouts {@link parseMrz} reads. */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRV-A' | 'MRV-B';

/** Sex as written in the MRZ: `M`, `F`, or `<`/`X` for unspecified. */
export type MrzSex = 'male' | 'female' | 'unspecified';

/** The MRZ fields guarded by a check digit; `params.field` of a `mrz.check_digit` issue. */
export type MrzCheckedField =
  'documentNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite';

/**
 * What the MRZ of a Russian internal passport (document code `PN`) adds: the series is split
 * between the document-number field (3 digits) and the optional field (the 4th digit, then the
 * issue date and the subdivision code). Names are decoded from the MVD letter substitution
 * (`Ё`→`2`, `Й`→`Q`, `Ч`→`3` …), which is not fully verified: treat them as a hint.
 */
export interface RussianPassportMrz {
  /** The 4-digit series. */
  readonly series: string;
  /** The 6-digit number. */
  readonly number: string;
  /** The issue date as `YYYY-MM-DD`, when the optional field holds a valid one. */
  readonly issueDate: string | undefined;
  /** The issuing subdivision code as `NNN-NNN`. */
  readonly subdivisionCode: string;
  /** The surname decoded to Cyrillic. */
  readonly surname: string;
  /** Given name and patronymic decoded to Cyrillic. */
  readonly givenNames: string;
}

/** A machine-readable zone whose check digits all hold, with its fields extracted. */
export interface Mrz {
  /** The layout. */
  readonly format: MrzFormat;
  /** Document code without fillers: `P`, `PN`, `I`, `ID`, `AC`, `V` … */
  readonly documentCode: string;
  /** Issuing state or organisation (ICAO code without fillers: `UTO`, `D`, `RUS`). */
  readonly issuingState: string;
  /** The full document number, long TD1/TD2 numbers included, without fillers. */
  readonly documentNumber: string;
  /** Primary identifier (surname), fillers read as spaces. */
  readonly surname: string;
  /** Secondary identifier (given names), fillers read as spaces; may be empty. */
  readonly givenNames: string;
  /** The name field is full to its last character, so the name may have been cut. */
  readonly nameTruncated: boolean;
  /** Nationality (ICAO code without fillers). */
  readonly nationality: string;
  /** Birth date as `YYYY-MM-DD`; `undefined` when the MRZ marks it unknown with fillers. */
  readonly birthDate: string | undefined;
  /** Sex. */
  readonly sex: MrzSex;
  /** Expiry date as `YYYY-MM-DD`; `undefined` for a document without one (Russian `PN`). */
  readonly expiryDate: string | undefined;
  /** TD3 personal number (line 2, positions 29–42) without fillers; `undefined` elsewhere or when empty. */
  readonly personalNumber: string | undefined;
  /** Optional data (TD1 line 1 after the number, TD2 and visas line 2) without fillers. */
  readonly optionalData: string | undefined;
  /** TD1 line 2 optional data without fillers. */
  readonly optionalData2: string | undefined;
  /** Extra fields of a Russian internal passport's MRZ, else `undefined`. */
  readonly russianPassport: RussianPassportMrz | undefined;
  /** The clean MRZ lines that were read. */
  readonly lines: readonly string[];
}
