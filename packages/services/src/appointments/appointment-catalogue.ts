/** Text in both languages of the portal. */
export interface LocalizedText {
  /** Russian. */
  readonly ru: string;
  /** English. */
  readonly en: string;
}

/** A weekday key of a weekly schedule. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One day's opening: `HH:MM` local times; breaks are closed intervals within it. */
export interface DayHours {
  /** Opens at (local `HH:MM`). */
  readonly open: string;
  /** Closes at (local `HH:MM`); the last slot ends by then. */
  readonly close: string;
  /** Closed intervals (lunch): no slot overlaps them. */
  readonly breaks?: readonly {
    /** The break starts (local `HH:MM`). */
    readonly from: string;
    /** The break ends (local `HH:MM`). */
    readonly to: string;
  }[];
}

/** How an office receives visitors for one service. */
export interface OfficeServiceSchedule {
  /** The service (an id of {@link AppointmentServiceDefinition}). */
  readonly serviceId: string;
  /** Length of a slot, minutes. */
  readonly slotMinutes: number;
  /** Visitors received at once (windows open for this service). */
  readonly capacity: number;
  /** Opening hours per weekday; a missing day is closed. */
  readonly week: Readonly<Partial<Record<Weekday, DayHours>>>;
}

/** A migration-service office. */
export interface AppointmentOffice {
  /** Stable id (`mow-1`). */
  readonly id: string;
  /** Name. */
  readonly name: LocalizedText;
  /** Address. */
  readonly address: LocalizedText;
  /** IANA time zone of the office (`Europe/Moscow`, `Asia/Vladivostok`). */
  readonly timeZone: string;
  /** The services received and their schedules. */
  readonly services: readonly OfficeServiceSchedule[];
  /** Extra closed local dates of this office (`YYYY-MM-DD`), besides the public holidays. */
  readonly closedDates?: readonly string[];
}

/** A document to bring to a visit. */
export interface VisitDocument {
  /** Stable code (`passport`, `migration_card`). */
  readonly code: string;
  /** What to bring. */
  readonly name: LocalizedText;
}

/** A service one can book a visit for. */
export interface AppointmentServiceDefinition {
  /** Stable id (`rvp_extension`). */
  readonly id: string;
  /** Name. */
  readonly name: LocalizedText;
  /** Account level needed to book it. */
  readonly minLevel: 'simplified' | 'standard' | 'confirmed';
  /** The documents to bring (SVC-2). */
  readonly documents: readonly VisitDocument[];
}

/**
 * Offices, services, schedules and public holidays: the data the appointments service reads
 * (SVC-2). Build one with `defineAppointmentCatalogue`, which checks it; the default is
 * `defaultAppointmentCatalogue`.
 *
 * @example
 * ```ts
 * const catalogue: AppointmentCatalogue = { services: [], offices: [], holidays: russianPublicHolidays };
 * ```
 */
export interface AppointmentCatalogue {
  /** The services. */
  readonly services: readonly AppointmentServiceDefinition[];
  /** The offices. */
  readonly offices: readonly AppointmentOffice[];
  /** Public non-working local dates (`YYYY-MM-DD`), applied to every office. */
  readonly holidays: readonly string[];
}
