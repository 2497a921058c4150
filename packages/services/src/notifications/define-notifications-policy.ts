import { KabinetError, LOCALES } from '@kabinet/core';
import { NOTICE_CHANNELS, NOTICE_KINDS } from './notice-kinds.js';
import { defaultNotificationsPolicy, type NotificationsPolicy } from './notifications-policy.js';

function bad(why: string): never {
  throw new KabinetError('ERR_CONFIG', `notifications policy: ${why}`);
}

function integer(value: number, name: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) bad(`${name} must be an integer >= ${min}`);
}

function channels(list: readonly string[], name: string): void {
  if (!Array.isArray(list) || list.some((c) => !NOTICE_CHANNELS.includes(c as never)))
    bad(`${name} must list known channels`);
  if (new Set(list).size !== list.length) bad(`${name} lists a channel twice`);
}

/**
 * Builds a notifications policy from overrides on a base (default
 * {@link defaultNotificationsPolicy}) and checks it: known kinds and channels, every required
 * kind has a default channel, at least one critical channel (a security notice always goes out),
 * positive counts, backoff within its maximum, the default page within the maximum.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` when a field is out of range
 * @example
 * ```ts
 * const policy = defineNotificationsPolicy({ maxAttempts: 3 });
 * defineNotificationsPolicy({ criticalChannels: [] }); // throws ERR_CONFIG
 * ```
 */
export function defineNotificationsPolicy(
  overrides: Partial<NotificationsPolicy> = {},
  base: NotificationsPolicy = defaultNotificationsPolicy,
): NotificationsPolicy {
  const policy: NotificationsPolicy = { ...base, ...overrides };
  for (const kind of NOTICE_KINDS) {
    const list = policy.defaultChannels?.[kind];
    if (list === undefined) bad(`defaultChannels has no entry for ${kind}`);
    channels(list, `defaultChannels.${kind}`);
  }
  if (Object.keys(policy.defaultChannels).some((k) => !NOTICE_KINDS.includes(k as never)))
    bad('defaultChannels names an unknown kind');
  channels(policy.criticalChannels, 'criticalChannels');
  if (policy.criticalChannels.length === 0) bad('criticalChannels must name at least one channel');
  const requiredKinds: unknown = policy.requiredKinds;
  if (!Array.isArray(requiredKinds) || policy.requiredKinds.some((k) => !NOTICE_KINDS.includes(k)))
    bad('requiredKinds must list known kinds');
  for (const kind of policy.requiredKinds)
    if (policy.defaultChannels[kind].length === 0)
      bad(`the required kind ${kind} has no default channel`);
  if (!LOCALES.includes(policy.defaultLocale)) bad('unknown defaultLocale');
  integer(policy.maxAttempts, 'maxAttempts', 1);
  integer(policy.backoffMs, 'backoffMs', 1);
  integer(policy.maxBackoffMs, 'maxBackoffMs', policy.backoffMs);
  integer(policy.claimLeaseMs, 'claimLeaseMs', 1_000);
  integer(policy.deliveryBatch, 'deliveryBatch', 1);
  integer(policy.maxPageSize, 'maxPageSize', 1);
  integer(policy.defaultPageSize, 'defaultPageSize', 1);
  if (policy.defaultPageSize > policy.maxPageSize) bad('defaultPageSize exceeds maxPageSize');
  integer(policy.conflictRetries, 'conflictRetries', 0);
  return policy;
}
