/**
 * The numbers behind document validity checks. Every field has the domain default in
 * {@link defaultDocumentValidityPolicy}; {@link strictDocumentValidityPolicy} is a stricter
 * preset.
 */
export interface DocumentValidityPolicy {
  /** DOC-3: a passport must stay valid at least this many months after the registration date. */
  readonly passportMinValidityMonths: number;
  /** A permit (residence permit, temporary residence permit, visa) must stay valid this many days after the date checked. */
  readonly permitMinValidityDays: number;
  /** A permit expiring within this many days is accepted with a `document.expires_soon` warning. */
  readonly expiryWarningDays: number;
  /** A temporary residence permit (РВП) is valid this many years from the decision date (115-FZ art. 6). */
  readonly temporaryResidencePermitYears: number;
  /** Minutes east of UTC of the calendar in which an epoch-ms `now` is read (Moscow: 180). */
  readonly utcOffsetMinutes: number;
}

/**
 * Domain defaults: passport valid six months after registration (DOC-3), permits valid on the
 * day, a warning 30 days before a permit expires, RVP valid three years, Moscow calendar.
 *
 * @example
 * ```ts
 * checkPassportValidity('01.03.2026', '01.01.2026', { policy: defaultDocumentValidityPolicy });
 * ```
 */
export const defaultDocumentValidityPolicy: DocumentValidityPolicy = {
  passportMinValidityMonths: 6,
  permitMinValidityDays: 0,
  expiryWarningDays: 30,
  temporaryResidencePermitYears: 3,
  utcOffsetMinutes: 180,
};

/**
 * A stricter preset: passport valid a year after registration, permits valid at least 30 more
 * days, a warning 90 days ahead.
 *
 * @example
 * ```ts
 * checkPermitValidity('15.02.2026', '01.02.2026', { policy: strictDocumentValidityPolicy }); // document.expired
 * ```
 */
export const strictDocumentValidityPolicy: DocumentValidityPolicy = {
  passportMinValidityMonths: 12,
  permitMinValidityDays: 30,
  expiryWarningDays: 90,
  temporaryResidencePermitYears: 3,
  utcOffsetMinutes: 180,
};
