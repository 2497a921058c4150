import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { defaultApplicationsPolicy, strictApplicationsPolicy } from './applications-policy.js';
import { defineApplicationsPolicy } from './define-applications-policy.js';

const configError = (run: () => unknown): boolean => {
  try {
    run();
    return false;
  } catch (error) {
    return KabinetError.isInstance(error) && error.code === 'ERR_CONFIG';
  }
};

describe('defineApplicationsPolicy', () => {
  it('accepts both presets as they are', () => {
    expect(defineApplicationsPolicy()).toEqual(defaultApplicationsPolicy);
    expect(defineApplicationsPolicy({}, strictApplicationsPolicy)).toEqual(
      strictApplicationsPolicy,
    );
    expect(strictApplicationsPolicy.passDelayMs).toBeLessThan(
      defaultApplicationsPolicy.passDelayMs,
    );
  });

  it('refuses the boundaries: no days to answer, a reminder not before the deadline, a page above the maximum, a date that does not exist', () => {
    expect(configError(() => defineApplicationsPolicy({ infoResponseDays: 0 }))).toBe(true);
    expect(
      configError(() =>
        defineApplicationsPolicy({ infoResponseDays: 2, infoReminderBeforeMs: 2 * 86_400_000 }),
      ),
    ).toBe(true);
    expect(
      defineApplicationsPolicy({ infoResponseDays: 2, infoReminderBeforeMs: 2 * 86_400_000 - 1 })
        .infoResponseDays,
    ).toBe(2);
    expect(configError(() => defineApplicationsPolicy({ defaultPageSize: 101 }))).toBe(true);
    expect(configError(() => defineApplicationsPolicy({ holidays: ['2027-02-29'] }))).toBe(true);
    expect(configError(() => defineApplicationsPolicy({ utcOffsetMinutes: 841 }))).toBe(true);
    expect(defineApplicationsPolicy({ passDelayMs: 0 }).passDelayMs).toBe(0);
  });

  const numeric = [
    'passDelayMs',
    'passRetryMs',
    'infoResponseDays',
    'maxAttachments',
    'agencyEventsKept',
    'conflictRetries',
    'maxPageSize',
    'defaultPageSize',
  ] as const;
  test.prop([
    fc.constantFrom(...numeric),
    fc.oneof(
      fc.double({ noInteger: true }),
      fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY),
    ),
  ])('refuses any count that is not a whole number in range', (field, value) => {
    expect(configError(() => defineApplicationsPolicy({ [field]: value }))).toBe(true);
  });
});
