import { KabinetError } from '@kabinet/core';
import {
  defaultSupportRequestsPolicy,
  type SupportRequestsPolicy,
} from './support-requests-policy.js';

const TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

function integer(value: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new KabinetError(
      'ERR_CONFIG',
      `support requests policy: ${name} must be an integer in [${min}, ${max}]`,
    );
  }
}

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds a support requests policy from overrides on a base (default
 * {@link defaultSupportRequestsPolicy}) and checks it: the answer time is between one minute and
 * 30 days, every count a positive integer, the attachment policy accepts only known types, the
 * number zone is a known IANA zone and the default page fits the largest.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` when a field is out of range
 * @example
 * ```ts
 * const policy = defineSupportRequestsPolicy({ answerWithinMs: 24 * 60 * 60 * 1000 });
 * defineSupportRequestsPolicy({ answerWithinMs: 0 }); // throws ERR_CONFIG
 * ```
 */
export function defineSupportRequestsPolicy(
  overrides: Partial<SupportRequestsPolicy> = {},
  base: SupportRequestsPolicy = defaultSupportRequestsPolicy,
): SupportRequestsPolicy {
  const policy: SupportRequestsPolicy = { ...base, ...overrides };
  integer(policy.answerWithinMs, 'answerWithinMs', 60_000, 30 * 24 * 60 * 60 * 1000);
  integer(policy.reopenWindowMs, 'reopenWindowMs', 0);
  integer(policy.maxTextLength, 'maxTextLength', 1, 100_000);
  integer(policy.maxResolutionLength, 'maxResolutionLength', 1, 100_000);
  integer(policy.maxAttachments, 'maxAttachments', 0, 50);
  integer(policy.maxMessages, 'maxMessages', 2, 10_000);
  integer(policy.conflictRetries, 'conflictRetries', 0, 100);
  integer(policy.numberRetries, 'numberRetries', 1, 10_000);
  integer(policy.maxPageSize, 'maxPageSize', 1, 1000);
  integer(policy.defaultPageSize, 'defaultPageSize', 1, policy.maxPageSize);
  integer(policy.attachmentPolicy.maxBytes, 'attachmentPolicy.maxBytes', 1);
  if (
    policy.attachmentPolicy.allowedTypes.length === 0 ||
    policy.attachmentPolicy.allowedTypes.some((t) => !TYPES.has(t))
  ) {
    throw new KabinetError(
      'ERR_CONFIG',
      'support requests policy: attachmentPolicy.allowedTypes must list PDF, JPEG or PNG',
    );
  }
  if (typeof policy.numberTimeZone !== 'string' || !knownZone(policy.numberTimeZone)) {
    throw new KabinetError(
      'ERR_CONFIG',
      'support requests policy: numberTimeZone must be an IANA time zone',
    );
  }
  return policy;
}
