import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import { decodeBytes } from '../_lib/legacy-encodings.js';
import { canonicalQrKey, checkQrFields } from '../_lib/qr-fields.js';
import {
  PAYMENT_QR_MANDATORY_KEYS,
  type PaymentQr,
  type PaymentQrFields,
  type QrEncoding,
} from './payment-qr-types.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const FLAGS: Readonly<Record<string, QrEncoding>> = {
  '1': 'windows-1251',
  '2': 'utf-8',
  '3': 'koi8-r',
};
const HEADER = /^ST0001([0-9])/;

/**
 * Parses and checks a GOST R 56042-2014 payment QR payload (the text of a «платёжный»
 * QR code): header `ST0001` + encoding flag (`1` windows-1251, `2` UTF-8, `3` KOI8-R), the
 * separator chosen by the producer (8th character; `|` is customary), then `Key=Value` pairs;
 * a trailing separator is tolerated. Checks the mandatory block (`Name`, `PersonalAcc`,
 * `BankName`, `BIC`, `CorrespAcc`), the limits and shapes of known fields, the УИН, and both
 * account control keys against the BIK (treasury accounts `03…` carry none). Given bytes, it
 * decodes them in the declared encoding.
 *
 * @param input - the payload text, or the raw bytes of the QR code
 * @returns the fields, or issues `input.not_a_string`, `qr.header` (`flag`), `qr.decoding`,
 *   `qr.separator`, `qr.field_format` (`index`), `qr.duplicate_field`, `qr.missing_field`,
 *   `qr.value_too_long` (`max`), `qr.value_format` (`expected`), `uin.*`, `bank.*`;
 *   warnings `qr.mandatory_order`, `qr.unknown_field`
 * @example
 * ```ts
 * const r = parsePaymentQr('ST00012|Name=ООО «Три кита»|PersonalAcc=40702810138250123017|BankName=ОАО "БАНК"|BIC=044525225|CorrespAcc=30101810400000000225|Sum=100000');
 * // r.data.amountKopecks === 100000, r.data.encoding === 'utf-8'
 * parsePaymentQr('ST00014|Name=…'); // issue qr.header
 * ```
 */
export function parsePaymentQr(input: unknown): Result<PaymentQr, PaymentsIssueCode> {
  let text: string;
  if (input instanceof Uint8Array) {
    const head = String.fromCharCode(...input.subarray(0, 7));
    const flag = HEADER.exec(head)?.[1];
    const encoding = flag === undefined ? undefined : FLAGS[flag];
    if (encoding === undefined) return fail(issue('qr.header', [], { flag: flag ?? '' }));
    const decoded = decodeBytes(input, encoding);
    if (decoded === undefined) return fail(issue('qr.decoding', [], { encoding }));
    text = decoded;
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return fail(issue('input.not_a_string', []));
  }
  const flag = HEADER.exec(text)?.[1];
  const encoding = flag === undefined ? undefined : FLAGS[flag];
  if (encoding === undefined) return fail(issue('qr.header', [], { flag: flag ?? '' }));
  const separator = text[7];
  if (separator === undefined || /[\p{L}\p{N}\s=]/u.test(separator))
    return fail(issue('qr.separator', []));
  const parts = text.slice(8).split(separator);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();

  const issues: Issue<PaymentsIssueCode>[] = [];
  const warnings: Issue<PaymentsIssueCode>[] = [];
  const fields: Record<string, string> = {};
  const extra: Record<string, string> = {};
  const order: string[] = [];
  parts.forEach((part, index) => {
    const eq = part.indexOf('=');
    const rawKey = eq > 0 ? part.slice(0, eq) : '';
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(rawKey)) {
      issues.push(issue('qr.field_format', [index], { index }));
      return;
    }
    const value = part.slice(eq + 1);
    const key = canonicalQrKey(rawKey);
    const target = key === undefined ? extra : fields;
    const name = key ?? rawKey;
    if (name in target) {
      issues.push(issue('qr.duplicate_field', [name]));
      return;
    }
    if (key === undefined) warnings.push(issue('qr.unknown_field', [rawKey]));
    order.push(name);
    // An empty optional field ("Purpose=") means absent; an empty mandatory one is reported.
    if (value !== '' || PAYMENT_QR_MANDATORY_KEYS.includes(name as never)) target[name] = value;
  });
  issues.push(...checkQrFields(fields));
  if (issues.length > 0) return fail(issues);
  if (PAYMENT_QR_MANDATORY_KEYS.some((key, i) => order[i] !== key))
    warnings.push(issue('qr.mandatory_order', []));
  const sum = fields['Sum'];
  const amountKopecks = sum === undefined ? undefined : Number(sum);
  if (amountKopecks !== undefined && !Number.isSafeInteger(amountKopecks))
    return fail(issue('qr.value_format', ['Sum'], { expected: 'kopecks, up to 18 digits' }));
  const qr: PaymentQr = {
    encoding,
    separator,
    fields: fields as unknown as PaymentQrFields,
    ...(amountKopecks === undefined ? {} : { amountKopecks }),
    extra,
  };
  return ok(qr, warnings);
}
