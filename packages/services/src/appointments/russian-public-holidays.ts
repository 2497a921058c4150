/**
 * Non-working public holidays of the Russian Federation as data, local dates `YYYY-MM-DD`
 * (weekends are closed by the schedules, so only weekday closures matter, but every holiday is
 * listed). Labour Code art. 112: 1–6 and 8 January (New Year holidays), 7 January, 23 February,
 * 8 March, 1 May, 9 May, 12 June, 4 November; a holiday on a weekend moves to the next working
 * day (except the January ones), and a yearly government decree transfers days off.
 *
 * - 2026: decree of 24.09.2025 № 1466 — 3 Jan moved to 9 Jan and 4 Jan to 31 Dec; 9 March for
 *   8 March (Sunday); 11 May for 9 May (Saturday). (`date-holidays` 3.37 omits 3–6 January and
 *   11 May: reference/services.md §2.)
 * - 2027: the statutory days and art. 112's weekend moves (3 May, 10 May, 14 June); the decree
 *   that places the January weekend days was not in this list when written — add its dates
 *   with `defineAppointmentCatalogue({ holidays: [...] })`.
 *
 * @example
 * ```ts
 * russianPublicHolidays.includes('2026-01-05'); // true
 * russianPublicHolidays.includes('2026-05-11'); // true
 * ```
 */
export const russianPublicHolidays: readonly string[] = [
  // 2026
  '2026-01-01',
  '2026-01-02',
  '2026-01-03',
  '2026-01-04',
  '2026-01-05',
  '2026-01-06',
  '2026-01-07',
  '2026-01-08',
  '2026-01-09',
  '2026-02-23',
  '2026-03-08',
  '2026-03-09',
  '2026-05-01',
  '2026-05-09',
  '2026-05-11',
  '2026-06-12',
  '2026-11-04',
  '2026-12-31',
  // 2027
  '2027-01-01',
  '2027-01-02',
  '2027-01-03',
  '2027-01-04',
  '2027-01-05',
  '2027-01-06',
  '2027-01-07',
  '2027-01-08',
  '2027-02-23',
  '2027-03-08',
  '2027-05-01',
  '2027-05-03',
  '2027-05-09',
  '2027-05-10',
  '2027-06-12',
  '2027-06-14',
  '2027-11-04',
];
