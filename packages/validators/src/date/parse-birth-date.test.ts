import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { ageOn } from './age-on.js';
import { dateOfInstant } from './date-of-instant.js';
import { birthDatePolicies, parseBirthDate } from './parse-birth-date.js';
import { createFakeClock } from '@kabinet/core/testing';

const NOW = Date.UTC(2026, 0, 15, 12);

describe('parseBirthDate', () => {
  test.prop([
    fc.date({ min: new Date('1906-01-16T00:00:00Z'), max: new Date(NOW), noInvalidDate: true }),
  ])('DOC-9: every past date within 120 years is a valid birth date and round-trips', (d) => {
    const iso = d.toISOString().slice(0, 10);
    fc.pre(iso <= '2026-01-15');
    const r = parseBirthDate(iso, { now: NOW });
    expect(r).toEqual({ success: true, data: iso });
  });

  test.prop([
    fc.date({
      min: new Date(NOW + 86_400_000),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
  ])('DOC-9: a birth date in the future is rejected', (d) => {
    const r = parseBirthDate(d.toISOString().slice(0, 10), {
      now: NOW,
      policy: { utcOffsetMinutes: 0 },
    });
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'date.in_future', path: ['birthDate'] }],
    });
  });

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    expect(typeof parseBirthDate(input, { now: NOW }).success).toBe('boolean');
  });

  it('DOC-9: today is allowed, tomorrow is not; a Clock works as well as epoch ms', () => {
    const clock = createFakeClock(NOW);
    expect(parseBirthDate('15.01.2026', { now: clock }).success).toBe(true);
    expect(parseBirthDate('16.01.2026', { now: clock })).toMatchObject({
      issues: [{ code: 'date.in_future' }],
    });
  });

  it('DOC-9: age bounds are policy (portal: 0–120, selfRegistration: 14+)', () => {
    expect(parseBirthDate('15.01.1905', { now: NOW })).toMatchObject({
      issues: [{ code: 'date.too_old', params: { maxAge: 120 } }],
    });
    expect(parseBirthDate('16.01.1905', { now: NOW }).success).toBe(true);
    const strict = { now: NOW, policy: birthDatePolicies.selfRegistration };
    expect(parseBirthDate('16.01.2012', strict)).toMatchObject({
      issues: [{ code: 'date.too_young', params: { minAge: 14 } }],
    });
    expect(parseBirthDate('15.01.2012', strict).success).toBe(true);
    expect(parseBirthDate('01.01.1990', { now: NOW, policy: { maxAge: 30 } })).toMatchObject({
      issues: [{ code: 'date.too_old' }],
    });
  });

  it('DOC-9: a 29.02 birthday turns a year older on 01.03 in a common year (or 28.02 by policy)', () => {
    const policy = { minAge: 18 };
    const at = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);
    expect(parseBirthDate('29.02.2008', { now: at('2026-02-28'), policy })).toMatchObject({
      issues: [{ code: 'date.too_young' }],
    });
    expect(parseBirthDate('29.02.2008', { now: at('2026-03-01'), policy }).success).toBe(true);
    expect(
      parseBirthDate('29.02.2008', {
        now: at('2026-02-28'),
        policy: { ...policy, leapDayBirthday: 'february-28' },
      }).success,
    ).toBe(true);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
    expect(ageOn('2008-02-29', '2026-02-28', 'february-28')).toBe(18);
  });

  it('DOC-9: "today" is the date in the policy offset at the instant, not in the machine zone', () => {
    // 21:30 UTC on 14 January is already 15 January 00:30 in Moscow.
    const lateEvening = Date.UTC(2026, 0, 14, 21, 30);
    expect(parseBirthDate('15.01.2026', { now: lateEvening }).success).toBe(true);
    expect(
      parseBirthDate('15.01.2026', { now: lateEvening, policy: { utcOffsetMinutes: 0 } }),
    ).toMatchObject({ issues: [{ code: 'date.in_future' }] });
    expect(dateOfInstant(lateEvening)).toBe('2026-01-15');
    expect(dateOfInstant(lateEvening, 0)).toBe('2026-01-14');
  });
});

describe('time-zone independence (DOC-9)', () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  it('DOC-9: the same inputs give identical results under any process TZ, at UTC and Moscow midnights', () => {
    const instants = [
      Date.UTC(2024, 1, 28, 21, 0), // Moscow midnight into the leap day
      Date.UTC(2024, 1, 28, 23, 59, 59, 999), // just before UTC midnight
      Date.UTC(2024, 1, 29, 0, 0), // UTC midnight on the leap day
      Date.UTC(2026, 2, 29, 1, 0), // a European DST switch night
    ];
    const inputs = ['28.02.2024', '29.02.2024', '01.03.2024', '2024-02-29', '29.02.2008'];
    const run = (): unknown =>
      instants.map((now) => ({
        today: dateOfInstant(now),
        results: inputs.map((i) => parseBirthDate(i, { now })),
        age: ageOn('2008-02-29', dateOfInstant(now)),
      }));
    const results = [
      'UTC',
      'Europe/Moscow',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/Los_Angeles',
      'Asia/Vladivostok',
    ].map((tz) => {
      process.env['TZ'] = tz;
      return { tz, zoneCheck: new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset(), out: run() };
    });
    // The zones really differed (the test would be void otherwise) …
    expect(new Set(results.map((r) => r.zoneCheck)).size).toBeGreaterThan(3);
    // … and the results did not.
    for (const r of results) expect(r.out).toEqual(results[0]!.out);
  });
});
