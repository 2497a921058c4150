import { KabinetError } from '@kabinet/core';
import { ACCOUNT_LEVELS } from '@kabinet/ports';
import { defaultPaymentsPolicy, type PaymentsPolicy } from './payments-policy.js';

// A minimum level is one an account reaches: any but `none`.
const LEVELS = new Set<string>(ACCOUNT_LEVELS.filter((level) => level !== 'none'));
const CHECKS = new Set(['sms_code', 'bank_app', 'wallet_password']);
const NETWORKS = new Set(['visa', 'mastercard', 'unionpay', 'mir']);
const DAY = 24 * 60 * 60 * 1000;

function positive(value: number, name: string, min = 1): void {
  if (!Number.isSafeInteger(value) || value < min)
    throw new KabinetError('ERR_CONFIG', `payments policy: ${name} must be an integer >= ${min}`);
}

/**
 * Builds a payments policy from overrides on a base (default {@link defaultPaymentsPolicy})
 * and checks it: idempotency keys live at least 24 hours, every count is a positive integer,
 * levels, checks and networks are known, the default page fits the maximum.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` when a field is out of range
 * @example
 * ```ts
 * const policy = definePaymentsPolicy({ minLevelByServiceType: { residence_permit: 'confirmed' } });
 * definePaymentsPolicy({ idempotencyTtlMs: 60_000 }); // throws ERR_CONFIG (keys must live >= 24 h)
 * ```
 */
export function definePaymentsPolicy(
  overrides: Partial<PaymentsPolicy> = {},
  base: PaymentsPolicy = defaultPaymentsPolicy,
): PaymentsPolicy {
  const policy: PaymentsPolicy = { ...base, ...overrides };
  positive(policy.idempotencyTtlMs, 'idempotencyTtlMs', DAY);
  positive(policy.callbackRetentionMs, 'callbackRetentionMs', DAY);
  positive(policy.maxAttemptsPerPayment, 'maxAttemptsPerPayment');
  positive(policy.maxAmountKopecks, 'maxAmountKopecks');
  positive(policy.conflictRetries, 'conflictRetries', 0);
  positive(policy.reservationTimeoutMs, 'reservationTimeoutMs');
  positive(policy.maxPageSize, 'maxPageSize');
  positive(policy.defaultPageSize, 'defaultPageSize');
  if (policy.defaultPageSize > policy.maxPageSize)
    throw new KabinetError('ERR_CONFIG', 'payments policy: defaultPageSize exceeds maxPageSize');
  if (!LEVELS.has(policy.defaultMinLevel))
    throw new KabinetError('ERR_CONFIG', 'payments policy: unknown defaultMinLevel');
  for (const level of Object.values(policy.minLevelByServiceType)) {
    if (!LEVELS.has(level))
      throw new KabinetError(
        'ERR_CONFIG',
        'payments policy: unknown level in minLevelByServiceType',
      );
  }
  for (const kind of ['card', 'wallet', 'sbp', 'direct_debit'] as const) {
    if (!CHECKS.has(policy.firstUseCheck[kind]))
      throw new KabinetError('ERR_CONFIG', `payments policy: unknown first-use check for ${kind}`);
  }
  if (policy.cardNetworks.length === 0 || policy.cardNetworks.some((n) => !NETWORKS.has(n))) {
    throw new KabinetError('ERR_CONFIG', 'payments policy: cardNetworks must list known networks');
  }
  if (policy.captureMode !== 'single_stage' && policy.captureMode !== 'two_stage')
    throw new KabinetError('ERR_CONFIG', 'payments policy: unknown captureMode');
  return policy;
}
