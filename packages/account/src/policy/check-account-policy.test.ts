import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { AccountPolicy } from './account-policy.js';
import { checkAccountPolicy } from './check-account-policy.js';
import { defaultAccountPolicy } from './default-account-policy.js';
import { strictAccountPolicy } from './strict-account-policy.js';

/** Whether the check refuses the policy with an `account.policy.invalid` issue naming `field`. */
function rejects(policy: AccountPolicy, field: string): boolean {
  const r = checkAccountPolicy(policy);
  return (
    !r.success &&
    r.issues.every((i) => i.code === 'account.policy.invalid') &&
    r.issues.some((i) => i.params?.['field'] === field && i.path.join('.') === field)
  );
}

/** The policy itself when the check accepts it. */
function accepted(policy: AccountPolicy): AccountPolicy | undefined {
  const r = checkAccountPolicy(policy);
  return r.success ? r.data : undefined;
}

describe('account policy', () => {
  it('ACC-5, ACC-11, OTP-4, DOC-3: the defaults are the domain values', () => {
    expect(defaultAccountPolicy.clarificationDeadlineMs).toBe(48 * 3_600_000);
    expect(defaultAccountPolicy.passwordPreset).toBe('portal');
    expect(defaultAccountPolicy.passportValidityMonths).toBe(6);
    expect(defaultAccountPolicy.scrypt.cost).toBe(2 ** 17);
    expect(accepted(defaultAccountPolicy)).toBe(defaultAccountPolicy);
  });

  it('the strict preset is at least as strict on every limit', () => {
    const s = strictAccountPolicy;
    const d = defaultAccountPolicy;
    expect(s.sessionIdleMs).toBeLessThanOrEqual(d.sessionIdleMs);
    expect(s.sessionAbsoluteMs).toBeLessThanOrEqual(d.sessionAbsoluteMs);
    expect(s.accessTokenTtlMs).toBeLessThanOrEqual(d.accessTokenTtlMs);
    expect(s.passwordHistory).toBeGreaterThanOrEqual(d.passwordHistory);
    expect(s.registryChecksPerDay).toBeLessThanOrEqual(d.registryChecksPerDay);
    expect(s.secondFactorMethods).not.toContain('email');
    expect(accepted(s)).toBe(s);
  });

  it('ACC-6: a policy that lets a passport alone lift a permit holder fails its check', () => {
    expect(
      rejects(
        {
          ...defaultAccountPolicy,
          requiredDocuments: {
            ...defaultAccountPolicy.requiredDocuments,
            residence_permit_holder: [['foreign_passport'], ['snils']],
          },
        },
        'requiredDocuments.residence_permit_holder',
      ),
    ).toBe(true);
    expect(
      rejects(
        {
          ...defaultAccountPolicy,
          requiredDocuments: {
            ...defaultAccountPolicy.requiredDocuments,
            residence_permit_holder: [['foreign_passport'], ['residence_permit']],
          },
        },
        'requiredDocuments.residence_permit_holder',
      ),
    ).toBe(true);
  });

  it('S-15: conflicts are retried 8 times by default; a negative or fractional bound fails', () => {
    expect(defaultAccountPolicy.conflictRetries).toBe(8);
    expect(accepted({ ...defaultAccountPolicy, conflictRetries: 0 })?.conflictRetries).toBe(0);
    for (const value of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(rejects({ ...defaultAccountPolicy, conflictRetries: value }, 'conflictRetries')).toBe(
        true,
      );
  });

  test.prop([
    fc.constantFrom(
      'clarificationDeadlineMs',
      'sessionIdleMs',
      'accessTokenTtlMs',
      'registryChecksPerDay',
      'maxSessions',
    ),
    fc.oneof(fc.constant(0), fc.integer({ max: -1 }), fc.constant(Number.NaN)),
  ])('a non-positive number fails, naming the field', (field, value) => {
    expect(rejects({ ...defaultAccountPolicy, [field]: value }, field)).toBe(true);
  });

  it('an idle limit longer than the absolute lifetime fails', () => {
    expect(
      rejects(
        {
          ...defaultAccountPolicy,
          sessionIdleMs: defaultAccountPolicy.sessionAbsoluteMs + 1,
        },
        'sessionIdleMs',
      ),
    ).toBe(true);
    expect(rejects({ ...defaultAccountPolicy, backupCodeCount: 5 }, 'backupCodeCount')).toBe(true);
    expect(
      rejects({ ...defaultAccountPolicy, secondFactorMethods: [] }, 'secondFactorMethods'),
    ).toBe(true);
  });
});
