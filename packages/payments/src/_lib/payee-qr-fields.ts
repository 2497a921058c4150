// A payee's requisites as fields of a GOST R 56042-2014 payment QR code, in the order the code
// writes them (the account fields first, the tax fields after the sum and purpose).
import type { PayeeRequisites } from '@kabinet/ports';
import type { PaymentQrMandatoryKey, PaymentQrOptionalKey } from '../qr/payment-qr-types.js';

/** `Name`, `PersonalAcc`, `BankName`, `BIC`, `CorrespAcc`. */
export function payeeAccountFields(payee: PayeeRequisites): Record<PaymentQrMandatoryKey, string> {
  return {
    Name: payee.name,
    PersonalAcc: payee.personalAcc,
    BankName: payee.bankName,
    BIC: payee.bic,
    CorrespAcc: payee.correspAcc,
  };
}

/** `PayeeINN`, `KPP`, `CBC`, `OKTMO`: those the payee has. */
export function payeeTaxFields(
  payee: PayeeRequisites,
): Partial<Record<PaymentQrOptionalKey, string>> {
  return {
    ...(payee.payeeInn === undefined ? {} : { PayeeINN: payee.payeeInn }),
    ...(payee.kpp === undefined ? {} : { KPP: payee.kpp }),
    ...(payee.cbc === undefined ? {} : { CBC: payee.cbc }),
    ...(payee.oktmo === undefined ? {} : { OKTMO: payee.oktmo }),
  };
}
