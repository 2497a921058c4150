import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../password-presets/common-password-list.js';
import { passwordPolicies } from '../password-presets/password-policies.js';
import { checkPassword } from './check-password.js';
import { createPasswordSchema } from './create-password-schema.js';
import { isPasswordAcceptable } from './is-password-acceptable.js';
import { passwordRules, type PasswordPolicy } from './password-rules.js';
import { normalizePassword } from './normalize-password.js';

const common = COMMON_PASSWORDS.split('\n');
const { portal, strict } = passwordPolicies;
// Random passwords that meet the portal rules: one of each class plus random filler.
const portalPassword = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZЖЩЮ'),
    fc.constantFrom(...'abcdefghijkmnopqrstuvwxyzжщю'),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...'!#%&*+-=?@^_~ '),
    fc.string({
      unit: fc.constantFrom(...'bcdfghkmnpqrstvwxzBCDFGHKMNPQRSTVWXZ2345679#%'),
      minLength: 8,
      maxLength: 60,
    }),
  )
  .map(([u, l, d, s, rest]) => `${rest.slice(0, 3)}${u}${l}${rest.slice(3)}${d}${s}`);

describe('checkPassword', () => {
  test.prop([portalPassword])(
    'OTP-4 / S-1: generated passwords meeting the portal rules pass, normalized and counted in code points',
    (pw) => {
      const r = checkPassword(pw, portal);
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(r.data.password).toBe(pw.normalize('NFKC'));
      expect(r.data.length).toBe([...pw].length);
      if (r.data.length < 12)
        expect(r.warnings).toEqual([
          { code: 'password.length_recommended', path: ['password'], params: { recommended: 12 } },
        ]);
      else expect(r.warnings).toBeUndefined();
    },
  );

  test.prop([
    fc.constantFrom(...common.slice(0, 3000)),
    fc.constantFrom('', '1', '123', '!', '2024!', '#1'),
  ])(
    'S-1: every one of the 3,000 most common passwords is refused, also capitalised and decorated',
    (word, suffix) => {
      const capitalised = word.charAt(0).toUpperCase() + word.slice(1) + suffix;
      expect(checkPassword(capitalised, strict).success).toBe(false);
      const r = checkPassword(capitalised, portal);
      expect(r.success).toBe(false);
      if (!r.success && /^\p{L}{4,}$/u.test(word))
        expect(r.issues.map((i) => i.code)).toContain('password.common');
    },
  );

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    expect(typeof checkPassword(input, portal).success).toBe('boolean');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(portal, strict)])(
    'S-17: no unicode text throws',
    (text, policy) => {
      const r = checkPassword(text, policy);
      if (!r.success) for (const i of r.issues) expect(i.code).toMatch(/^(password|input)\./);
    },
  );

  it('OTP-4: the portal preset needs 8+ with upper, lower, digit and special — all unmet rules at once', () => {
    expect(checkPassword('abc', portal)).toEqual({
      success: false,
      issues: [
        { code: 'password.too_short', path: ['password'], params: { min: 8 } },
        { code: 'password.missing_upper', path: ['password'] },
        { code: 'password.missing_digit', path: ['password'] },
        { code: 'password.missing_special', path: ['password'] },
      ],
    });
    expect(checkPassword('kxmqvbzr', portal)).toMatchObject({
      issues: [
        { code: 'password.missing_upper' },
        { code: 'password.missing_digit' },
        { code: 'password.missing_special' },
      ],
    });
    expect(checkPassword('Kx9#mQ2v', portal)).toMatchObject({
      success: true,
      data: { length: 8, strength: 'fair' },
      warnings: [{ code: 'password.length_recommended' }],
    });
    expect(checkPassword('Жук9#мух2вот', portal)).toMatchObject({
      success: true,
      data: { strength: 'strong' },
    });
  });

  it('S-1: the strict preset needs 15+ and no composition; 64+ characters are allowed and never truncated', () => {
    expect(checkPassword('kxmqvbzrtwplnhd', strict)).toMatchObject({
      success: true,
      data: { length: 15 },
    });
    expect(checkPassword('kxmqvbzrtwplnh', strict)).toMatchObject({
      issues: [{ code: 'password.too_short', params: { min: 15 } }],
    });
    const long = 'Vz#8'.repeat(64); // 256 code points
    expect(checkPassword(long, portal)).toMatchObject({
      success: true,
      data: { length: 256, password: long },
    });
    expect(checkPassword(`${long}x`, portal)).toMatchObject({
      issues: [{ code: 'password.too_long', params: { max: 256 } }],
    });
    expect(() => checkPassword('x', { ...passwordPolicies.strict, maxLength: 32 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });

  it('S-1: NFKC, counted in code points (emoji and astral letters count once)', () => {
    const r = checkPassword('Ｐａｓｓ９＃ｋｘｍｑ', portal);
    expect(r).toMatchObject({ success: true, data: { password: 'Pass9#kxmq', length: 10 } });
    expect(checkPassword('😀😀😀😀😀😀😀😀😀😀😀😀😀😀x', strict)).toMatchObject({
      success: true,
      data: { length: 15 },
    });
    expect(normalizePassword('ﬁ Ｐ')).toBe('fi P');
  });

  it('S-1: leetspeak, wrong-layout typing and repetition are refused', () => {
    expect(checkPassword('P@ssw0rd!', portal)).toMatchObject({
      issues: [{ code: 'password.common' }],
    });
    expect(checkPassword('Пароль1!', portal)).toMatchObject({
      issues: [{ code: 'password.common' }],
    }); // the keys of «пароль» spell gfhjkm, a listed password
    expect(checkPassword('Йцукен123!', portal)).toMatchObject({
      issues: [{ code: 'password.common' }],
    }); // qwerty
    expect(checkPassword('aaaaaaaaaaaaaaaa', strict)).toMatchObject({
      issues: [{ code: 'password.repetitive' }],
    });
    expect(checkPassword('abcdefghijklmnop', strict)).toMatchObject({
      issues: [{ code: 'password.repetitive' }],
    });
    expect(checkPassword('zyxwvutsrqponmlk', strict)).toMatchObject({
      issues: [{ code: 'password.repetitive' }],
    });
  });

  it('S-1: context words — name in any script, e-mail, phone digits, document numbers', () => {
    const context = {
      names: ['Щеглова Юлия'],
      email: 'yulia.sh@example.com',
      phone: '+7 912 345-67-89',
      documentNumbers: ['45 10 123456', '112-233-445 95'],
    };
    const field = (pw: string): unknown => {
      const r = checkPassword(pw, portal, context);
      return r.success
        ? 'accepted'
        : r.issues.find((i) => i.code === 'password.contains_personal_data')?.params?.['field'];
    };
    expect(field('Щеглова#2024')).toBe('name');
    expect(field('Shcheglova#2024')).toBe('name');
    expect(field('Iuliia!2024x')).toBe('name');
    expect(field('Yulia.Sh#777')).toBe('email');
    expect(field('Kx#9123456789')).toBe('phone');
    expect(field('Kx#3456789z')).toBe('phone');
    expect(field('Doc#4510!zq')).toBe('document');
    expect(field('Pass#123456Q')).toBe('document');
    expect(field('Snils#11223344595')).toBe('document');
    expect(field('Kx9#mQ2v!zt')).toBe('accepted');
    expect(isPasswordAcceptable('Kx9#mQ2v!zt', portal, context)).toBe(true);
  });

  it('S-1: invisible characters are refused; spaces are part of the password', () => {
    expect(checkPassword('Kx9#mQ2v\u200Bzt', portal)).toMatchObject({
      issues: [{ code: 'password.invalid_character' }],
    });
    expect(checkPassword(' Kx9 mQ2v zt ', portal)).toMatchObject({
      success: true,
      data: { password: ' Kx9 mQ2v zt ' },
    });
    expect(checkPassword(12345678, portal)).toMatchObject({
      issues: [{ code: 'input.not_a_string' }],
    });
    expect(checkPassword('', portal)).toMatchObject({ issues: [{ code: 'input.required' }] });
  });
});

describe('checkPassword blocklist folding', () => {
  it('S-1: decorations are taken off before leetspeak is undone', () => {
    expect(checkPassword('P@$$w0rd!2024', portal)).toMatchObject({
      issues: [{ code: 'password.common' }],
    });
    expect(checkPassword('Lol123#1', portal)).toMatchObject({
      issues: [{ code: 'password.common' }],
    });
    expect(checkPassword('!!Dragon99', portal)).toMatchObject({
      issues: [{ code: 'password.common' }],
    });
  });
});

describe('decorated all-digit passwords', () => {
  it('S-1: a common digits-only password with a year and symbol appended is refused (regression: 1123581321 + 2024!)', () => {
    expect(checkPassword('11235813212024!', strict).success).toBe(false);
    expect(checkPassword('1234567890#1', strict).success).toBe(false);
  });
});

describe('the policy carries the blocklist', () => {
  const withList = (words: Iterable<string>): PasswordPolicy => ({
    ...passwordRules.portal,
    blocklist: new Set(words),
  });
  const codes = (r: ReturnType<typeof checkPassword>): string[] =>
    r.success ? [] : r.issues.map((i) => i.code);

  it('S-1: without a policy, with a preset name or with rules but no blocklist, checkPassword throws ERR_INVALID_ARGUMENT', () => {
    const invalid = { code: 'ERR_INVALID_ARGUMENT' };
    const call = (policy: unknown) => () => checkPassword('Kx9#mQ2v!zt', policy as PasswordPolicy);
    expect(call(undefined)).toThrow(expect.objectContaining(invalid));
    expect(call(null)).toThrow(expect.objectContaining(invalid));
    expect(call('portal')).toThrow(expect.objectContaining(invalid));
    expect(call(passwordRules.portal)).toThrow(expect.objectContaining(invalid));
    expect(call({ ...passwordRules.strict, blocklist: {} })).toThrow(
      expect.objectContaining(invalid),
    );
    expect(call({ ...passwordRules.strict, blocklist: null })).toThrow(
      expect.objectContaining(invalid),
    );
    expect(call({ ...passwordRules.strict, blocklist: ['qwerty'] })).toThrow(
      expect.objectContaining(invalid),
    );
    expect(() => (checkPassword as (password: unknown) => unknown)('Kx9#mQ2v!zt')).toThrow(
      expect.objectContaining(invalid),
    );
    expect(() =>
      isPasswordAcceptable('Kx9#mQ2v!zt', passwordRules.portal as PasswordPolicy),
    ).toThrow(expect.objectContaining(invalid));
    // the schema factory refuses at once, at start-up, not at the first request
    expect(() => createPasswordSchema(passwordRules.portal as PasswordPolicy)).toThrow(
      expect.objectContaining(invalid),
    );
    expect(() => createPasswordSchema({ ...passwordPolicies.portal, maxLength: 63 })).toThrow(
      expect.objectContaining(invalid),
    );
  });

  test.prop([fc.anything()])(
    'S-1 / S-17: any value that is not a policy with a blocklist throws ERR_INVALID_ARGUMENT, never a TypeError',
    (policy) => {
      expect(() => checkPassword('Kx9#mQ2v!zt', policy as PasswordPolicy)).toThrow(
        expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
      );
    },
  );

  test.prop([
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщыэюя'),
      minLength: 4,
      maxLength: 14,
    }),
    fc.constantFrom('#2026', '1!', '!!7', '2024$'),
  ])(
    'S-1: a custom blocklist is honoured — its words are refused, also capitalised and decorated; without them the same password has no password.common',
    (word, suffix) => {
      const password = word.charAt(0).toUpperCase() + word.slice(1) + suffix;
      expect(codes(checkPassword(password, withList([word])))).toContain('password.common');
      expect(codes(checkPassword(password, withList(['some-other-word'])))).not.toContain(
        'password.common',
      );
    },
  );

  it('S-1: a custom blocklist gets the leetspeak and Russian-layout readings, and is asked lower-case words only', () => {
    const asked: string[] = [];
    const blocklist = { has: (w: string) => (asked.push(w), w === 'kabinet') };
    const policy: PasswordPolicy = { ...passwordRules.portal, blocklist };
    expect(codes(checkPassword('K@b1net2026!', policy))).toContain('password.common');
    expect(codes(checkPassword('Лфиштуе#2026', policy))).toContain('password.common'); // «kabinet» typed in the Russian layout
    expect(codes(checkPassword('Kx9#mQ2v!zt', policy))).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });

  it("S-1: the blocklist is the policy's own: an empty one refuses no word, the presets refuse the common ones", () => {
    expect(checkPassword('Password1!', withList([])).success).toBe(true);
    expect(codes(checkPassword('Password1!', passwordPolicies.portal))).toContain(
      'password.common',
    );
  });
});
