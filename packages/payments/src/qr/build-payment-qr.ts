import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import { firstUnencodable } from '../_lib/legacy-encodings.js';
import { canonicalQrKey, checkQrFields } from '../_lib/qr-fields.js';
import {
  PAYMENT_QR_MANDATORY_KEYS,
  PAYMENT_QR_OPTIONAL_KEYS,
  type PaymentQrFields,
  type QrEncoding,
} from './payment-qr-types.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Input of {@link buildPaymentQr}.
 *
 * @example
 * ```ts
 * const input: BuildPaymentQrInput = { fields, encoding: 'windows-1251', separator: '|' };
 * ```
 */
export interface BuildPaymentQrInput {
  /** The fields (mandatory block required). */
  readonly fields: PaymentQrFields;
  /** The declared encoding (default `utf-8`). */
  readonly encoding?: QrEncoding;
  /** The separator; default the first of `| # ; : ^ _ ~ { } ! $ % & ( ) * + , / @` absent from the data. */
  readonly separator?: string;
  /** Further keys the standard does not define (written last, as given). */
  readonly extra?: Readonly<Record<string, string>>;
}

const FLAG: Readonly<Record<QrEncoding, string>> = {
  'windows-1251': '1',
  'utf-8': '2',
  'koi8-r': '3',
};
const SEPARATORS = [
  '|',
  '#',
  ';',
  ':',
  '^',
  '_',
  '~',
  '{',
  '}',
  '!',
  '$',
  '%',
  '&',
  '(',
  ')',
  '*',
  '+',
  ',',
  '/',
  '@',
];

/**
 * Builds a GOST R 56042-2014 payment QR payload from checked fields: header with the
 * encoding flag, a separator absent from every key and value, the mandatory block in order,
 * then the optional fields in the standard's order, then `extra`; no trailing separator.
 * Fields are checked exactly as {@link parsePaymentQr} checks them (so the result always
 * parses back to the same fields), and every character must exist in the chosen encoding.
 *
 * @param input - fields, encoding, separator
 * @returns the payload text, or issues `qr.missing_field`, `qr.value_too_long`, `qr.value_format`,
 *   `qr.field_format`, `qr.separator`, `qr.separator_unavailable`, `qr.unencodable` (`char`),
 *   `uin.*`, `bank.*`
 * @example
 * ```ts
 * buildPaymentQr({ fields: {
 *   Name: 'ООО «Три кита»', PersonalAcc: '40702810138250123017', BankName: 'ОАО "БАНК"',
 *   BIC: '044525225', CorrespAcc: '30101810400000000225', Sum: '100000',
 * } });
 * // { success: true, data: 'ST00012|Name=ООО «Три кита»|PersonalAcc=…|Sum=100000' }
 * ```
 */
export function buildPaymentQr(input: BuildPaymentQrInput): Result<string, PaymentsIssueCode> {
  const encoding = input.encoding ?? 'utf-8';
  const fields = input.fields as unknown as Readonly<Record<string, string | undefined>>;
  const extra = input.extra ?? {};
  const issues: Issue<PaymentsIssueCode>[] = [];
  for (const key of Object.keys(fields))
    if (canonicalQrKey(key) !== key) issues.push(issue('qr.field_format', [key], { index: key }));
  for (const key of Object.keys(extra)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key) || canonicalQrKey(key) !== undefined)
      issues.push(issue('qr.field_format', ['extra', key], { index: key }));
  }
  issues.push(...checkQrFields(fields));
  if (issues.length > 0) return fail(issues);

  const pairs: [string, string][] = [];
  for (const key of [...PAYMENT_QR_MANDATORY_KEYS, ...PAYMENT_QR_OPTIONAL_KEYS]) {
    const value = fields[key];
    if (value !== undefined && value !== '') pairs.push([key, value]);
  }
  for (const [key, value] of Object.entries(extra)) if (value !== '') pairs.push([key, value]);
  const data = pairs.map(([k, v]) => `${k}=${v}`).join('');
  let separator = input.separator;
  if (separator !== undefined) {
    if (
      [...separator].length !== 1 ||
      /[\p{L}\p{N}\s=]/u.test(separator) ||
      data.includes(separator)
    )
      return fail(issue('qr.separator', ['separator']));
  } else {
    separator = SEPARATORS.find((s) => !data.includes(s));
    if (separator === undefined) return fail(issue('qr.separator_unavailable', []));
  }
  const text = `ST0001${FLAG[encoding]}${separator}${pairs.map(([k, v]) => `${k}=${v}`).join(separator)}`;
  const bad = firstUnencodable(text, encoding);
  if (bad !== undefined) return fail(issue('qr.unencodable', [], { char: bad }));
  return ok(text);
}
