import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core';
import { readIdentifier } from '../_lib/read-text.js';
import { computeAccountKey } from './compute-account-key.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Options of {@link checkBankAccount}.
 *
 * @example
 * ```ts
 * checkBankAccount(fields.CorrespAcc, fields.BIC, { role: 'correspondent', path: ['CorrespAcc'] });
 * ```
 */
export interface CheckBankAccountOptions {
  /**
   * `payee` — the payee's account (`PersonalAcc`): held at the bank of the BIK, or, when the
   * BIK ends in `000`–`002`, at a CBR settlement centre; treasury accounts (`03…`) carry no
   * control key and are checked by structure only. `correspondent` — the bank's account at
   * the Bank of Russia (`CorrespAcc`: `30101…`, `40102…`), keyed by the settlement-centre rule.
   */
  readonly role: 'payee' | 'correspondent';
  /** Path reported in issues (default `['account']`). */
  readonly path?: IssuePath;
}

const ACCOUNT = /^\d{5}[\dABCEHKMPTX]\d{14}$/;

/**
 * Checks a 20-character Russian bank account against its BIK: structure (position 6 may be a
 * clearing-currency letter; treasury accounts start with `0`), then the control key
 * ({@link computeAccountKey}) with the prefix its role implies.
 *
 * @param account - the account; must be a string
 * @param bik - the BIK (9 digits, already checked)
 * @param options - the role and issue path
 * @returns the compact account, or issues `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `bank.account_format`, `bank.account_key` (`expected`, `actual`)
 * @example
 * ```ts
 * checkBankAccount('40702810138250123017', '044525225', { role: 'payee' }).success;         // true
 * checkBankAccount('30101810400000000225', '044525225', { role: 'correspondent' }).success; // true
 * checkBankAccount('03100643000000017300', '004525988', { role: 'payee' }).success;         // true (treasury)
 * checkBankAccount('40702810138250123018', '044525225', { role: 'payee' }); // issue bank.account_key
 * ```
 */
export function checkBankAccount(
  account: unknown,
  bik: string,
  options: CheckBankAccountOptions,
): Result<string, PaymentsIssueCode> {
  const path = options.path ?? ['account'];
  const read = readIdentifier(account, path);
  if ('issue' in read) return fail(read.issue);
  const value = read.value.toUpperCase();
  if (!ACCOUNT.test(value)) return fail(issue('bank.account_format', path));
  if (!/^\d{9}$/.test(bik)) return fail(issue('bank.bik_format', path));
  if (options.role === 'payee' && value.startsWith('03')) return ok(value);
  const atCentre = options.role === 'correspondent' || ['000', '001', '002'].includes(bik.slice(6));
  const expected = computeAccountKey(
    value,
    bik,
    atCentre ? 'settlement_centre' : 'credit_institution',
  );
  const actual = value.charCodeAt(8) - 48;
  if (expected !== actual) return fail(issue('bank.account_key', path, { expected, actual }));
  return ok(value);
}
