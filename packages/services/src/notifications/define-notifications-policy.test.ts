import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError, findCatalogueGaps } from '@kabinet/core';
import { defineNotificationsPolicy } from './define-notifications-policy.js';
import { notificationMessages } from './notification-messages.js';
import {
  defaultNotificationsPolicy,
  strictNotificationsPolicy,
  type NotificationsPolicy,
} from './notifications-policy.js';

function refused(overrides: Partial<NotificationsPolicy>): boolean {
  try {
    defineNotificationsPolicy(overrides);
    return false;
  } catch (error) {
    return KabinetError.isInstance(error) && error.code === 'ERR_CONFIG';
  }
}

describe('defineNotificationsPolicy', () => {
  it('accepts both presets as they are', () => {
    expect(defineNotificationsPolicy()).toEqual(defaultNotificationsPolicy);
    expect(defineNotificationsPolicy({}, strictNotificationsPolicy)).toEqual(
      strictNotificationsPolicy,
    );
  });

  it('NOTE-1: refuses a policy under which a security notice could go out on no channel', () => {
    expect(refused({ criticalChannels: [] })).toBe(true);
    expect(
      refused({ defaultChannels: { ...defaultNotificationsPolicy.defaultChannels, security: [] } }),
    ).toBe(true);
  });

  it('refuses unknown channels and kinds, duplicates and a default page above the maximum', () => {
    expect(refused({ criticalChannels: ['fax' as never] })).toBe(true);
    expect(refused({ criticalChannels: ['sms', 'sms'] })).toBe(true);
    expect(refused({ requiredKinds: ['newsletter' as never] })).toBe(true);
    expect(
      refused({
        defaultChannels: { ...defaultNotificationsPolicy.defaultChannels, newsletter: [] } as never,
      }),
    ).toBe(true);
    expect(refused({ defaultPageSize: 101 })).toBe(true);
    expect(refused({ defaultLocale: 'de' as never })).toBe(true);
  });

  test.prop([
    fc.constantFrom('maxAttempts', 'backoffMs', 'deliveryBatch', 'maxPageSize', 'defaultPageSize'),
    fc.oneof(
      fc.integer({ max: 0 }),
      fc.double().filter((v) => !Number.isInteger(v)),
    ),
  ])('refuses a count that is not a positive integer', (field, value) => {
    expect(refused({ [field]: value })).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 })])(
    'refuses a longest backoff shorter than the first (exact boundary accepted)',
    (backoffMs, shorter) => {
      fc.pre(shorter < backoffMs);
      expect(refused({ backoffMs, maxBackoffMs: shorter })).toBe(true);
      expect(refused({ backoffMs, maxBackoffMs: backoffMs })).toBe(false);
    },
  );

  it('every message code has ru and en', () => {
    expect(findCatalogueGaps(notificationMessages)).toEqual([]);
  });
});
