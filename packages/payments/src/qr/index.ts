/**
 * GOST R 56042-2014 payment QR payloads (build, parse, encode) and the bank details they
 * carry: BIK and the 20-digit account control key (CBR order No. 515), treasury accounts
 * included.
 *
 * @example
 * ```ts
 * import { parsePaymentQr } from '@kabinet/payments/qr';
 * const r = parsePaymentQr(text);
 * if (r.success) console.log(r.data.fields.PersonalAcc, r.data.amountKopecks);
 * ```
 *
 * @module @kabinet/payments/qr
 */
export {
  PAYMENT_QR_MANDATORY_KEYS,
  PAYMENT_QR_OPTIONAL_KEYS,
  type QrEncoding,
  type PaymentQr,
  type PaymentQrFields,
  type PaymentQrMandatoryKey,
  type PaymentQrOptionalKey,
} from './payment-qr-types.js';
export { parsePaymentQr } from './parse-payment-qr.js';
export { buildPaymentQr, type BuildPaymentQrInput } from './build-payment-qr.js';
export { encodePaymentQr } from './encode-payment-qr.js';
export { parseBik, type Bik } from './parse-bik.js';
export { computeAccountKey, type AccountPlace } from './compute-account-key.js';
export { checkBankAccount, type CheckBankAccountOptions } from './check-bank-account.js';
