/**
 * Every number of the applications service (SVC-1). Use {@link defaultApplicationsPolicy} or
 * {@link strictApplicationsPolicy}, or derive one with `defineApplicationsPolicy`.
 *
 * @example
 * ```ts
 * const policy: ApplicationsPolicy = { ...defaultApplicationsPolicy, passDelayMs: 0 };
 * ```
 */
export interface ApplicationsPolicy {
  /**
   * How long a submitted application waits before it is passed to the authority, ms: the
   * window in which the user may still edit or withdraw it (0 passes it at the next tick).
   */
  readonly passDelayMs: number;
  /** After a failed hand-over (the authority's gateway unreachable), the wait before the next try, ms. */
  readonly passRetryMs: number;
  /** Calendar days the user has to answer a request for more information (unless the authority sets its own date). */
  readonly infoResponseDays: number;
  /** How long before that date the reminder notice goes out, ms. */
  readonly infoReminderBeforeMs: number;
  /** Non-working days (ISO dates) besides Saturdays and Sundays, for the expected completion date. */
  readonly holidays: readonly string[];
  /** The authority's time zone as a UTC offset in minutes (Moscow: 180), for working-day boundaries. */
  readonly utcOffsetMinutes: number;
  /** Files one application may carry in all. */
  readonly maxAttachments: number;
  /** Ids of the authority's reports remembered per application (duplicates older than these are stale by sequence anyway). */
  readonly agencyEventsKept: number;
  /** Re-reads after a version conflict (S-15) before the conflict is passed to the caller. */
  readonly conflictRetries: number;
  /** Largest page of a list. */
  readonly maxPageSize: number;
  /** Page size when none is asked for. */
  readonly defaultPageSize: number;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Russia's non-working holidays of 2026 and 2027 (Labour Code art. 112: 1–8 January,
 * 23 February, 8 March, 1 and 9 May, 12 June, 4 November), with a holiday that falls on a
 * weekend moved to the next working day. The yearly government decree that moves other days
 * is not in any package: add its days to `holidays`.
 *
 * @example
 * ```ts
 * RUSSIAN_HOLIDAYS_2026_2027.includes('2026-05-11'); // true: 9 May 2026 is a Saturday
 * ```
 */
export const RUSSIAN_HOLIDAYS_2026_2027: readonly string[] = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2026-01-${d}`),
  '2026-02-23',
  '2026-03-09',
  '2026-05-01',
  '2026-05-11',
  '2026-06-12',
  '2026-11-04',
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2027-01-${d}`),
  '2027-02-23',
  '2027-03-08',
  '2027-05-03',
  '2027-05-10',
  '2027-06-14',
  '2027-11-04',
];

/**
 * The defaults: an hour to edit or withdraw after submitting, hand-over retried every 5
 * minutes, 30 days to answer a request for information with a reminder 2 days before, Moscow
 * working days, 20 files per application, pages of 20 (at most 100).
 *
 * @example
 * ```ts
 * createApplicationsService(deps, { policy: defaultApplicationsPolicy, agency, duties });
 * ```
 */
export const defaultApplicationsPolicy: ApplicationsPolicy = {
  passDelayMs: HOUR,
  passRetryMs: 5 * 60 * 1000,
  infoResponseDays: 30,
  infoReminderBeforeMs: 2 * DAY,
  holidays: RUSSIAN_HOLIDAYS_2026_2027,
  utcOffsetMinutes: 180,
  maxAttachments: 20,
  agencyEventsKept: 200,
  conflictRetries: 5,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/**
 * The stricter preset: passed on after 15 minutes, 14 days to answer with a reminder 3 days
 * before, 10 files per application, pages of at most 50.
 *
 * @example
 * ```ts
 * createApplicationsService(deps, { policy: strictApplicationsPolicy, agency, duties });
 * ```
 */
export const strictApplicationsPolicy: ApplicationsPolicy = {
  ...defaultApplicationsPolicy,
  passDelayMs: 15 * 60 * 1000,
  infoResponseDays: 14,
  infoReminderBeforeMs: 3 * DAY,
  maxAttachments: 10,
  maxPageSize: 50,
};
