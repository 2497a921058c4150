const ru = {
  paymentsTitle: 'Платежи и начисления',
  charges: 'Начисления',
  duties: 'Госпошлины',
  issueCharge: 'Выставить начисление',
  pay: 'Оплатить',
  payWith: 'Оплатить через СБП (банковское приложение)',
  approveInBank: 'Я подтвердил оплату в приложении банка',
  gostQr: 'Платёжный QR-код (ГОСТ Р 56042)',
  retryPayment: 'Повторить оплату',
  filter: 'Фильтр',
  from: 'С (ДД.ММ.ГГГГ)',
  to: 'По (ДД.ММ.ГГГГ)',
  serviceType: 'Тип услуги',
  status: 'Статус',
  all: 'Все',
  apply: 'Применить',
  amount: 'Сумма',
  transaction: 'Номер транзакции',
};

const en: Record<keyof typeof ru, string> = {
  paymentsTitle: 'Payments and charges',
  charges: 'Charges',
  duties: 'State duties',
  issueCharge: 'Issue a charge',
  pay: 'Pay',
  payWith: 'Pay by SBP (bank app)',
  approveInBank: 'I approved the payment in my bank app',
  gostQr: 'Payment QR code (GOST R 56042)',
  retryPayment: 'Retry the payment',
  filter: 'Filter',
  from: 'From (DD.MM.YYYY)',
  to: 'To (DD.MM.YYYY)',
  serviceType: 'Service type',
  status: 'Status',
  all: 'All',
  apply: 'Apply',
  amount: 'Amount',
  transaction: 'Transaction number',
};

/**
 * The payments page's words: charges, state duties, paying and the filter, in Russian and in
 * English (the English typed by the Russian keys, so neither lacks one).
 */
export const paymentsMessages = { ru, en };
