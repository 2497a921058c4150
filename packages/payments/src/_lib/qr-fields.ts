import { issue, type Issue } from '@kabinet/core';
import { checkBankAccount } from '../qr/check-bank-account.js';
import { PAYMENT_QR_MANDATORY_KEYS, PAYMENT_QR_OPTIONAL_KEYS } from '../qr/payment-qr-types.js';
import { parseUin } from '../uin/parse-uin.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

interface Spec {
  /** Longest allowed value, in characters. */
  readonly max?: number;
  /** A shape the value must have, and its name for the message. */
  readonly pattern?: readonly [RegExp, string];
}

// Limits from GOST R 56042-2014 (table of the standard as quoted by PayQRgen; `0` is how a
// payment order writes "no value" in the tax fields).
const SPECS: Readonly<Record<string, Spec>> = {
  Name: { max: 160 },
  BankName: { max: 45 },
  BIC: { pattern: [/^\d{9}$/, '9 digits'] },
  Sum: { pattern: [/^\d{1,18}$/, 'kopecks, up to 18 digits'] },
  Purpose: { max: 210 },
  PayeeINN: { pattern: [/^(0|\d{10}|\d{12})$/, '10 or 12 digits'] },
  PayerINN: { pattern: [/^(0|\d{10}|\d{12})$/, '10 or 12 digits'] },
  DrawerStatus: { pattern: [/^\d{2}$/, '2 digits'] },
  KPP: { pattern: [/^(0|\d{4}[\dA-Z]{2}\d{3})$/, '9 characters'] },
  CBC: { pattern: [/^(0|\d{20})$/, '20 digits'] },
  OKTMO: { pattern: [/^(0|\d{8}|\d{11})$/, '8 or 11 digits'] },
  PaytReason: { max: 2 },
  TaxPeriod: { max: 10 },
  DocNo: { max: 15 },
  DocDate: { max: 10 },
  TaxPaytKind: { max: 2 },
  AddAmount: { pattern: [/^\d{1,18}$/, 'kopecks, up to 18 digits'] },
  TechCode: { pattern: [/^(0[1-9]|1[0-5])$/, '01–15'] },
};

const CANONICAL = new Map<string, string>(
  [...PAYMENT_QR_MANDATORY_KEYS, ...PAYMENT_QR_OPTIONAL_KEYS].map((k) => [k.toLowerCase(), k]),
);

/** The canonical spelling of a known key (producers differ in case: `PayeeInn`), or `undefined`. */
export function canonicalQrKey(key: string): string | undefined {
  return CANONICAL.get(key.toLowerCase());
}

/** Checks every known field's value: limits, shapes, the УИН, the BIK and both account keys. */
export function checkQrFields(
  fields: Readonly<Record<string, string | undefined>>,
): Issue<PaymentsIssueCode>[] {
  const issues: Issue<PaymentsIssueCode>[] = [];
  for (const key of PAYMENT_QR_MANDATORY_KEYS) {
    const value = fields[key];
    if (value === undefined || value === '') issues.push(issue('qr.missing_field', [key]));
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '') continue;
    const spec = SPECS[key];
    if (spec?.max !== undefined && [...value].length > spec.max)
      issues.push(issue('qr.value_too_long', [key], { max: spec.max }));
    if (spec?.pattern !== undefined && !spec.pattern[0].test(value))
      issues.push(issue('qr.value_format', [key], { expected: spec.pattern[1] }));
  }
  const uin = fields['UIN'];
  if (uin !== undefined && uin !== '' && uin !== '0') {
    const parsed = parseUin(uin, { path: ['UIN'] });
    if (!parsed.success) issues.push(...parsed.issues);
  }
  const bic = fields['BIC'];
  if (bic !== undefined && SPECS['BIC']!.pattern![0].test(bic)) {
    const payee = fields['PersonalAcc'];
    if (payee !== undefined && payee !== '') {
      const r = checkBankAccount(payee, bic, { role: 'payee', path: ['PersonalAcc'] });
      if (!r.success) issues.push(...r.issues);
      else if (r.data !== payee) issues.push(issue('bank.account_format', ['PersonalAcc']));
    }
    const corresp = fields['CorrespAcc'];
    if (corresp !== undefined && corresp !== '' && corresp !== '0') {
      const r = checkBankAccount(corresp, bic, { role: 'correspondent', path: ['CorrespAcc'] });
      if (!r.success) issues.push(...r.issues);
      else if (r.data !== corresp || !/^\d{20}$/.test(corresp))
        issues.push(issue('bank.account_format', ['CorrespAcc']));
    }
  }
  return issues;
}
