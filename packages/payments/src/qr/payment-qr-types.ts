/**
 * Text encodings a GOST R 56042-2014 payload can declare in its header: flag `1` =
 * windows-1251, `2` = UTF-8, `3` = KOI8-R.
 *
 * @example
 * ```ts
 * const encoding: QrEncoding = 'utf-8'; // header ST00012
 * ```
 */
export type QrEncoding = 'windows-1251' | 'utf-8' | 'koi8-r';

/**
 * The mandatory block, in the order GOST R 56042-2014 requires.
 *
 * @example
 * ```ts
 * PAYMENT_QR_MANDATORY_KEYS[0]; // 'Name'
 * ```
 */
export const PAYMENT_QR_MANDATORY_KEYS = [
  'Name',
  'PersonalAcc',
  'BankName',
  'BIC',
  'CorrespAcc',
] as const;

/**
 * Every optional key of the standard: the payment-order fields first (`Sum` … `TaxPaytKind`),
 * then the others (`LastName` … `TechCode`), in the order the builder writes them.
 *
 * @example
 * ```ts
 * PAYMENT_QR_OPTIONAL_KEYS.includes('UIN'); // true
 * ```
 */
export const PAYMENT_QR_OPTIONAL_KEYS = [
  'Sum',
  'Purpose',
  'PayeeINN',
  'PayerINN',
  'DrawerStatus',
  'KPP',
  'CBC',
  'OKTMO',
  'PaytReason',
  'TaxPeriod',
  'DocNo',
  'DocDate',
  'TaxPaytKind',
  'LastName',
  'FirstName',
  'MiddleName',
  'PayerAddress',
  'PersonalAccount',
  'DocIdx',
  'PensAcc',
  'Contract',
  'PersAcc',
  'Flat',
  'Phone',
  'PayerIdType',
  'PayerIdNum',
  'ChildFio',
  'BirthDate',
  'PaymTerm',
  'PaymPeriod',
  'Category',
  'ServiceName',
  'CounterId',
  'CounterVal',
  'QuittId',
  'QuittDate',
  'InstNum',
  'ClassNum',
  'SpecFio',
  'AddAmount',
  'RuleId',
  'ExecId',
  'RegType',
  'UIN',
  'TechCode',
] as const;

/**
 * A mandatory key of the payload.
 *
 * @example
 * ```ts
 * const key: PaymentQrMandatoryKey = 'BIC';
 * ```
 */
export type PaymentQrMandatoryKey = (typeof PAYMENT_QR_MANDATORY_KEYS)[number];

/**
 * An optional key of the payload.
 *
 * @example
 * ```ts
 * const key: PaymentQrOptionalKey = 'Sum';
 * ```
 */
export type PaymentQrOptionalKey = (typeof PAYMENT_QR_OPTIONAL_KEYS)[number];

/**
 * The fields of a payment QR payload under their GOST key names. `Sum` and `AddAmount` are
 * kopecks written as digits; `TechCode` is `01`–`15` (`03` duties and fines, `05` migration
 * services).
 *
 * @example
 * ```ts
 * const fields: PaymentQrFields = {
 *   Name: 'ООО «Три кита»', PersonalAcc: '40702810138250123017', BankName: 'ОАО "БАНК"',
 *   BIC: '044525225', CorrespAcc: '30101810400000000225', Sum: '100000',
 * };
 * ```
 */
export type PaymentQrFields = Readonly<Record<PaymentQrMandatoryKey, string>> &
  Readonly<Partial<Record<PaymentQrOptionalKey, string>>>;

/**
 * A parsed payment QR payload.
 *
 * @example
 * ```ts
 * const qr: PaymentQr = { encoding: 'utf-8', separator: '|', fields, amountKopecks: 100000, extra: {} };
 * ```
 */
export interface PaymentQr {
  /** The encoding declared in the header. */
  readonly encoding: QrEncoding;
  /** The separator (8th character). */
  readonly separator: string;
  /** The known fields, under their canonical key names. */
  readonly fields: PaymentQrFields;
  /** `Sum` as kopecks, when present. */
  readonly amountKopecks?: number;
  /** Keys the standard does not define (kept as they came, with a warning). */
  readonly extra: Readonly<Record<string, string>>;
}
