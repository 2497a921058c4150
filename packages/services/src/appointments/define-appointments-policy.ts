import { KabinetError } from '@kabinet/core';
import { defaultAppointmentsPolicy, type AppointmentsPolicy } from './appointments-policy.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function inRange(
  policy: AppointmentsPolicy,
  name: keyof AppointmentsPolicy,
  min: number,
  max: number,
): void {
  const value = policy[name];
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new KabinetError(
      'ERR_CONFIG',
      `appointments policy: ${name} must be an integer from ${min} to ${max}`,
    );
}

/**
 * Builds an appointments policy from overrides on a base (default
 * {@link defaultAppointmentsPolicy}) and checks it: a hold of 1 minute to 1 hour, a cutoff and
 * reminder lead of at most 7 days, a search range that fits the horizon's reach, counts that are
 * positive integers, the default page within the maximum.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` when a field is out of range
 * @example
 * ```ts
 * const policy = defineAppointmentsPolicy({ holdMs: 5 * 60_000 });
 * defineAppointmentsPolicy({ holdMs: 0 }); // throws ERR_CONFIG
 * ```
 */
export function defineAppointmentsPolicy(
  overrides: Partial<AppointmentsPolicy> = {},
  base: AppointmentsPolicy = defaultAppointmentsPolicy,
): AppointmentsPolicy {
  const policy: AppointmentsPolicy = { ...base, ...overrides };
  inRange(policy, 'holdMs', MINUTE, 60 * MINUTE);
  inRange(policy, 'changeCutoffMs', 0, 7 * DAY);
  inRange(policy, 'reminderLeadMs', MINUTE, 7 * DAY);
  inRange(policy, 'noShowGraceMs', 0, DAY);
  inRange(policy, 'checkInEarlyMs', 0, DAY);
  inRange(policy, 'minLeadMs', 0, 30 * DAY);
  inRange(policy, 'horizonDays', 1, 366);
  inRange(policy, 'maxSearchDays', 1, 366);
  inRange(policy, 'maxActivePerAccount', 1, 100);
  inRange(policy, 'passGraceMs', 0, DAY);
  inRange(policy, 'conflictRetries', 0, 50);
  inRange(policy, 'maxPageSize', 1, 1000);
  inRange(policy, 'defaultPageSize', 1, policy.maxPageSize);
  return policy;
}
