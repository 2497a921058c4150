import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkBankAccount } from './check-bank-account.js';
import { computeAccountKey } from './compute-account-key.js';
import { parseBik } from './parse-bik.js';

const codes = (r: { success: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.success ? [] : (r.issues ?? []).map((i) => i.code);

describe('BIK and the account control key (reference §1.9 vectors)', () => {
  it('computes the CBR worked examples', () => {
    expect(computeAccountKey('30101810800000000746', '049805000', 'settlement_centre')).toBe(8);
    expect(computeAccountKey('40602810700000000025', '049805746', 'credit_institution')).toBe(7);
  });

  it('checks each account with the prefix its role implies', () => {
    expect(
      checkBankAccount('30101810400000000225', '044525225', { role: 'correspondent' }).success,
    ).toBe(true);
    expect(computeAccountKey('30101810400000000225', '044525225', 'credit_institution')).not.toBe(
      0,
    ); // invalid with 225
    expect(checkBankAccount('40702810138250123017', '044525225', { role: 'payee' }).success).toBe(
      true,
    );
    expect(checkBankAccount('40702810138250123018', '044525225', { role: 'payee' })).toEqual({
      success: false,
      issues: [{ code: 'bank.account_key', path: ['account'], params: { expected: 4, actual: 1 } }],
    });
    expect(
      checkBankAccount('40102810545370000003', '004525988', { role: 'correspondent' }).success,
    ).toBe(true); // ЕКС: settlement-centre rule
    expect(computeAccountKey('40102810545370000003', '004525988', 'credit_institution')).not.toBe(
      0,
    );
    expect(checkBankAccount('40602810700000000025', '049805746', { role: 'payee' }).success).toBe(
      true,
    );
    expect(checkBankAccount('30101810800000000746', '049805000', { role: 'payee' }).success).toBe(
      true,
    ); // a BIK ending 000 is a settlement centre
  });

  it('treasury accounts (03…) carry no key and are accepted by structure (QRCoder rejects them)', () => {
    expect(checkBankAccount('03100643000000017300', '004525988', { role: 'payee' })).toEqual({
      success: true,
      data: '03100643000000017300',
    });
    expect(codes(checkBankAccount('0310064300000001730', '004525988', { role: 'payee' }))).toEqual([
      'bank.account_format',
    ]);
  });

  it('accepts a clearing-currency letter in position 6 and rejects other shapes', () => {
    const body = '40702A10038250123017';
    const key = computeAccountKey(body, '044525225', 'credit_institution');
    expect(
      checkBankAccount(`${body.slice(0, 8)}${key}${body.slice(9)}`, '044525225', { role: 'payee' })
        .success,
    ).toBe(true);
    expect(codes(checkBankAccount('40702Z10138250123017', '044525225', { role: 'payee' }))).toEqual(
      ['bank.account_format'],
    );
    expect(codes(checkBankAccount(40702810138250123017, '044525225', { role: 'payee' }))).toEqual([
      'input.not_a_string',
    ]);
    expect(codes(checkBankAccount('40702810138250123017', '04452522', { role: 'payee' }))).toEqual([
      'bank.bik_format',
    ]);
    expect(() => computeAccountKey('123', '044525225', 'credit_institution')).toThrow(
      /20 characters/,
    );
  });

  it('parseBik: 9 digits, treasury BIKs starting 00 included', () => {
    expect(parseBik('004525988')).toEqual({ success: true, data: '004525988' });
    expect(codes(parseBik('04452522'))).toEqual(['bank.bik_format']);
    expect(codes(parseBik('04452522x'))).toEqual(['bank.bik_format']);
    expect(codes(parseBik(44525225))).toEqual(['input.not_a_string']);
  });

  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const account = fc
    .tuple(digits(8), digits(11))
    .map(([a, b]) => `${a}0${b}`)
    .filter((a) => !a.startsWith('03'));
  const place = fc.constantFrom('credit_institution' as const, 'settlement_centre' as const);

  test.prop([account, digits(9), place])(
    'a generated account (key filled in) always checks out',
    (a, bik, where) => {
      const filled = `${a.slice(0, 8)}${computeAccountKey(a, bik, where)}${a.slice(9)}`;
      expect(computeAccountKey(filled, bik, where)).toBe(Number(filled[8]));
    },
  );

  test.prop([account, digits(9), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1, max: 9 })])(
    'every single-digit change of a keyed account is caught (weights 7, 1, 3 are coprime to 10)',
    (a, bik, i, delta) => {
      const filled = `${a.slice(0, 8)}${computeAccountKey(a, bik, 'credit_institution')}${a.slice(9)}`;
      const corrupted = `${filled.slice(0, i)}${(Number(filled[i]) + delta) % 10}${filled.slice(i + 1)}`;
      if (corrupted.startsWith('03') || ['000', '001', '002'].includes(bik.slice(6))) return;
      expect(checkBankAccount(corrupted, bik, { role: 'payee' }).success).toBe(false);
    },
  );
});
