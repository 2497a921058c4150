import { describe, expect, it } from 'vitest';
import { moduleClosure } from '../../test/module-graph.js';
import { checkPassword } from '../password/check-password.js';
import { passwordRules } from '../password/password-rules.js';
import { COMMON_PASSWORD_COUNT, COMMON_PASSWORDS } from './common-password-list.js';
import { commonPasswords } from './common-passwords.js';
import { passwordPolicies } from './password-policies.js';
import { passwordSchema } from './password-schema.js';

const common = COMMON_PASSWORDS.split('\n');

describe('password presets', () => {
  it('S-1: the blocklist holds at least 3,000 genuinely common passwords, lower case', () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(3000);
    expect(common.length).toBe(COMMON_PASSWORD_COUNT);
    expect(new Set(common).size).toBe(common.length);
    expect(common.slice(0, 4)).toEqual(['123456', 'password', '12345678', 'qwerty']);
    expect(common.filter((w) => w !== w.toLowerCase())).toEqual([]);
    expect(common.every((w) => commonPasswords.has(w))).toBe(true);
    expect(commonPasswords.has('kx9#mq2v!zt')).toBe(false);
  });

  it('S-1: both presets are the rules plus the common passwords', () => {
    expect(passwordPolicies.portal).toEqual({
      ...passwordRules.portal,
      blocklist: commonPasswords,
    });
    expect(passwordPolicies.strict).toEqual({
      ...passwordRules.strict,
      blocklist: commonPasswords,
    });
    expect(passwordPolicies.portal.blocklist).toBe(commonPasswords);
    expect(passwordPolicies.strict.blocklist).toBe(commonPasswords);
  });

  it('S-1: the default schema refuses a common password with our code', () => {
    const r = passwordSchema.safeParse('P@ssw0rd!');
    expect(r.success).toBe(false);
    expect(
      r.error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code),
    ).toContain('password.common');
    expect(passwordSchema.safeParse('Tr0ub4dor&3x')).toMatchObject({
      success: true,
      data: { strength: 'strong' },
    });
    expect(checkPassword('Tr0ub4dor&3x', passwordPolicies.portal).success).toBe(true);
  });

  it('S-1: @kabinet/validators/password never loads the word list (it stays a few kilobytes)', () => {
    const loaded = moduleClosure('password/index.ts');
    expect(loaded).toContain('password/check-password.ts');
    expect(loaded.filter((f) => f.startsWith('password-presets/'))).toEqual([]);
    expect(moduleClosure('password-presets/index.ts')).toContain(
      'password-presets/common-password-list.ts',
    );
  });
});
