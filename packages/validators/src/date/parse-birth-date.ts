import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { type Clock } from '@kabinet/core/clock';
import { compareParts, fullYearsBetween, partsFromEpochMs } from '../_lib/parse-strict-date.js';
import { readDate } from '../_lib/read-date.js';
import type { DateInputFormat, IsoDate } from './parse-date.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** When someone born on 29 February turns a year older in a common year: on 1 March (default) or on 28 February. */
export type LeapDayBirthdayRule = 'march-1' | 'february-28';

/** Age bounds and calendar rules for a birth date. */
export interface BirthDatePolicy {
  /** Youngest accepted age in whole years on the current date (default 0). */
  readonly minAge: number;
  /** Oldest plausible age in whole years (default 120). */
  readonly maxAge: number;
  /**
   * The UTC offset, in minutes, whose calendar date is "today" (default 180, Moscow time, the
   * portal's zone). Never the machine's zone, so a server in UTC agrees with one in Moscow.
   */
  readonly utcOffsetMinutes: number;
  /** When a 29 February birthday is reached in a common year (default `'march-1'`). */
  readonly leapDayBirthday: LeapDayBirthdayRule;
}

/**
 * Birth-date policy presets: `portal` (any age up to 120: parents register children too)
 * and `selfRegistration` (at least 14, the age from which a person holds an identity
 * document of their own and may register alone — a deployment choice, not a DOMAIN rule).
 *
 * @example
 * ```ts
 * parseBirthDate('01.01.2015', { now: Date.UTC(2026, 0, 1), policy: birthDatePolicies.selfRegistration });
 * // issue date.too_young { minAge: 14 }
 * ```
 */
export const birthDatePolicies: {
  /** Any age from 0 to 120. */
  readonly portal: BirthDatePolicy;
  /** At least 14, at most 120. */
  readonly selfRegistration: BirthDatePolicy;
} = {
  portal: { minAge: 0, maxAge: 120, utcOffsetMinutes: 180, leapDayBirthday: 'march-1' },
  selfRegistration: { minAge: 14, maxAge: 120, utcOffsetMinutes: 180, leapDayBirthday: 'march-1' },
};

/** Options of {@link parseBirthDate}. */
export interface ParseBirthDateOptions {
  /** The current time: epoch milliseconds or a `Clock` (time is always injected). */
  readonly now: number | Clock;
  /** Age bounds and calendar rules (default {@link birthDatePolicies}.portal); fields may be overridden one by one. */
  readonly policy?: Partial<BirthDatePolicy>;
  /** Path reported in issues (default `['birthDate']`). */
  readonly path?: IssuePath;
  /** Accepted notations (default `ДД.ММ.ГГГГ` and ISO). */
  readonly formats?: readonly DateInputFormat[];
}

const DEFAULT_PATH: IssuePath = ['birthDate'];
const DEFAULT_FORMATS: readonly DateInputFormat[] = ['ru', 'iso'];

/**
 * Parses a birth date (DOC-9): strict `ДД.ММ.ГГГГ` or ISO, not in the future, and an age
 * between the policy's bounds. "Today" is the calendar date at `now` in the policy's fixed
 * UTC offset (Moscow by default), so the verdict at 23:30 UTC is the same on every server.
 * Someone born on 29.02 turns a year older on 01.03 in common years (policy
 * `leapDayBirthday`).
 *
 * @param input - the value typed by the user; must be a string
 * @param options - `now` (required), the age policy, path and notations
 * @returns the date as {@link IsoDate}, or the issues of {@link parseDate} plus
 *   `date.in_future`, `date.too_young` (`minAge`), `date.too_old` (`maxAge`)
 * @example
 * ```ts
 * const now = Date.UTC(2026, 0, 15);
 * parseBirthDate('29.02.2000', { now }); // { success: true, data: '2000-02-29' }
 * parseBirthDate('16.01.2026', { now }); // issue date.in_future
 * parseBirthDate('01.01.1890', { now }); // issue date.too_old { maxAge: 120 }
 * ```
 */
export function parseBirthDate(
  input: unknown,
  options: ParseBirthDateOptions,
): Result<IsoDate, ValidatorIssueCode> {
  const path = options.path ?? DEFAULT_PATH;
  const policy = { ...birthDatePolicies.portal, ...options.policy };
  const nowMs = typeof options.now === 'number' ? options.now : options.now.now();
  const read = readDate(input, path, options.formats ?? DEFAULT_FORMATS);
  if ('issue' in read) return fail(read.issue);
  const today = partsFromEpochMs(nowMs, policy.utcOffsetMinutes);
  if (compareParts(read.parts, today) > 0) return fail(issue('date.in_future', path));
  const age = fullYearsBetween(read.parts, today, policy.leapDayBirthday);
  if (age < policy.minAge) return fail(issue('date.too_young', path, { minAge: policy.minAge }));
  if (age > policy.maxAge) return fail(issue('date.too_old', path, { maxAge: policy.maxAge }));
  return ok(read.date);
}
