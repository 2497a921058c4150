import { KabinetError } from '@kabinet/core';
import { defaultApplicationsPolicy, type ApplicationsPolicy } from './applications-policy.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function integer(value: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new KabinetError(
      'ERR_CONFIG',
      `applications policy: ${name} must be an integer in [${min}, ${max}]`,
    );
  }
}

/**
 * Builds an applications policy from overrides on a base (default
 * {@link defaultApplicationsPolicy}) and checks it: counts are positive integers, the
 * reminder comes before the answer date, holidays are ISO dates, the offset is a real UTC
 * offset (−12 h … +14 h), the default page fits the maximum.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` when a field is out of range
 * @example
 * ```ts
 * const policy = defineApplicationsPolicy({ passDelayMs: 0 });
 * defineApplicationsPolicy({ infoResponseDays: 0 }); // throws ERR_CONFIG
 * ```
 */
export function defineApplicationsPolicy(
  overrides: Partial<ApplicationsPolicy> = {},
  base: ApplicationsPolicy = defaultApplicationsPolicy,
): ApplicationsPolicy {
  const policy: ApplicationsPolicy = { ...base, ...overrides };
  integer(policy.passDelayMs, 'passDelayMs', 0);
  integer(policy.passRetryMs, 'passRetryMs', 1);
  integer(policy.infoResponseDays, 'infoResponseDays', 1, 3650);
  integer(policy.infoReminderBeforeMs, 'infoReminderBeforeMs', 0);
  if (policy.infoReminderBeforeMs >= policy.infoResponseDays * 86_400_000) {
    throw new KabinetError(
      'ERR_CONFIG',
      'applications policy: infoReminderBeforeMs must be shorter than infoResponseDays',
    );
  }
  integer(policy.utcOffsetMinutes, 'utcOffsetMinutes', -720, 840);
  integer(policy.maxAttachments, 'maxAttachments', 1, 1000);
  integer(policy.agencyEventsKept, 'agencyEventsKept', 1, 10_000);
  integer(policy.conflictRetries, 'conflictRetries', 0, 100);
  integer(policy.maxPageSize, 'maxPageSize', 1, 1000);
  integer(policy.defaultPageSize, 'defaultPageSize', 1, 1000);
  if (policy.defaultPageSize > policy.maxPageSize)
    throw new KabinetError(
      'ERR_CONFIG',
      'applications policy: defaultPageSize exceeds maxPageSize',
    );
  for (const day of policy.holidays) {
    if (
      typeof day !== 'string' ||
      !ISO_DATE.test(day) ||
      Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
      new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
    ) {
      throw new KabinetError(
        'ERR_CONFIG',
        `applications policy: holiday ${String(day)} is not an ISO date`,
      );
    }
  }
  return policy;
}
