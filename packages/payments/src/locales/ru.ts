// Russian messages of @kabinet/payments: issue codes, failure reasons, portal statuses (PAY-3),
// stages and payer actions. `en.ts` must have exactly the same keys.
import type { IssueParam, MessageTemplate } from '@kabinet/core';

const LEVELS: Readonly<Record<string, string>> = {
  simplified: 'упрощённая',
  standard: 'стандартная',
  confirmed: 'подтверждённая',
};
const level = (p: Readonly<Record<string, IssueParam>>): string =>
  LEVELS[String(p['required'])] ?? String(p['required']);

export const ru = {
  'money.format': 'Неверный формат суммы: ожидаются рубли с точкой, например 1500.00',
  'money.too_many_fraction_digits': 'Не больше {max} знаков после точки',
  'money.too_large': 'Сумма слишком велика',
  'money.not_positive': 'Сумма должна быть больше нуля',
  'money.currency': 'Ожидается сумма в рублях, получено: {currency}',

  'uin.length': 'УИН состоит из 20 или 25 символов, введено {length}',
  'uin.characters': 'УИН состоит из цифр (20-значный может содержать латинские буквы)',
  'uin.all_zero': 'УИН не может состоять из одних нулей',
  'uin.checksum': 'Неверный контрольный разряд УИН: ожидается {expected}, указан {actual}',
  'uin.check_digit_unverified': 'Контрольный разряд УИН с буквами не проверяется',

  'bank.bik_format': 'БИК состоит из 9 цифр',
  'bank.account_format': 'Номер счёта состоит из 20 символов',
  'bank.account_key':
    'Номер счёта не сходится с БИК (контрольный ключ {actual}, ожидается {expected})',

  'qr.header': 'Строка не начинается с заголовка ST0001 и признака кодировки 1, 2 или 3',
  'qr.decoding': 'Данные не читаются в кодировке {encoding}',
  'qr.separator': 'Неверный разделитель полей',
  'qr.separator_unavailable': 'Нет свободного символа-разделителя: все встречаются в данных',
  'qr.field_format': 'Поле должно иметь вид «Ключ=Значение»',
  'qr.duplicate_field': 'Поле встречается дважды',
  'qr.missing_field': 'Поле обязательное',
  'qr.value_too_long': 'Слишком длинное значение: не больше {max} символов',
  'qr.value_format': 'Неверный формат значения: {expected}',
  'qr.unencodable': 'Символ «{char}» нельзя записать в выбранной кодировке',
  'qr.mandatory_order': 'Обязательные поля идут не в порядке ГОСТ Р 56042-2014',
  'qr.unknown_field': 'Поле не описано в ГОСТ Р 56042-2014',

  'payment.not_found': 'Платёж не найден',
  'payment.charge_not_found': 'Начисление с этим УИН для вашей учётной записи не найдено',
  'payment.uin_paid': 'Начисление с этим УИН уже оплачено',
  'payment.charge_annulled': 'Начисление аннулировано: оплачивать его не нужно',
  'payment.duty_unknown': 'Такую пошлину здесь начислить нельзя',
  'payment.uin_taken': 'По этому УИН уже идёт оплата с другой учётной записи',
  'payment.accrual_mismatch': 'Начисление с этим УИН уже создано с другой суммой или услугой',
  'payment.amount_invalid': 'Сумма должна быть целым числом копеек больше нуля',
  'payment.amount_too_large': 'Сумма больше допустимой ({max} коп.)',
  'payment.service_type_invalid': 'Неверный вид услуги',
  'payment.service_name_too_long': 'Название услуги длиннее {max} символов',
  'payment.level_too_low': (p: Readonly<Record<string, IssueParam>>) =>
    `Для оплаты этой пошлины нужна ${level(p)} учётная запись`,
  'payment.already_paid': 'Платёж уже оплачен',
  'payment.canceled': 'Платёж отменён',
  'payment.attempt_in_progress': 'Платёж обрабатывается банком: дождитесь результата',
  'payment.too_many_attempts': 'Слишком много попыток оплаты (не больше {max})',
  'payment.idempotency_key_invalid':
    'Ключ идемпотентности: от 8 до 64 символов (латиница, цифры, «-», «_», «:», «.»)',
  'payment.idempotency_key_reused':
    'Этот ключ идемпотентности уже использован с другими параметрами',
  'payment.method_not_found': 'Способ оплаты не найден',
  'payment.method_removed': 'Способ оплаты удалён',
  'payment.method_kind_invalid': 'Этот способ нельзя привязать: QR-код оплачивается разово',
  'payment.method_network_unsupported': 'Карты этой платёжной системы не принимаются',
  'payment.method_network_required': 'Укажите платёжную систему карты',
  'payment.method_label_invalid':
    'Подпись способа оплаты должна быть маскированной и не длиннее {max} символов',
  'payment.method_token_invalid': 'Неверный токен способа оплаты',
  'payment.attempt_not_found': 'Попытка оплаты не найдена',
  'payment.no_check_pending': 'Проверка способа оплаты не ожидается',
  'payment.check_failed': 'Проверка не пройдена: {reason}',
  'payment.cancel_not_possible': 'Платёж уже обрабатывается банком и не может быть отменён',
  'payment.refund_not_possible': 'Вернуть можно только оплаченный платёж',
  'payment.refund_exceeds': 'Сумма возврата больше доступной ({available} коп.)',
  'payment.payee_missing': 'Для QR-кода нужны реквизиты получателя',
  'payment.qr_scheme_invalid': 'Схема QR-кода: sbp или gost',
  'payment.transaction_number_invalid': 'Неверный номер транзакции',
  'payment.quittance_invalid': 'Статус квитирования — число от 1 до 6',
  'payment.list.period_invalid': 'Начало периода должно быть раньше конца',
  'payment.list.limit_invalid': 'Размер страницы — от 1 до {max}',
  'payment.list.cursor_invalid': 'Неверная ссылка на страницу',
  'payment.list.status_invalid': 'Неизвестный статус платежа',
  'payment.callback.malformed': 'Уведомление провайдера не разобрано',
  'payment.callback.signature': 'Подпись уведомления провайдера неверна',
  'payment.callback.unknown_object': 'Уведомление о неизвестном платеже провайдера',

  'payment.status.paid': 'Оплачен',
  'payment.status.processing': 'В обработке',
  'payment.status.cancelled': 'Отменён',
  'payment.status.error': 'Ошибка',

  'payment.stage.draft': 'Ожидает оплаты',
  'payment.stage.requires_action': 'Ожидает вашего подтверждения',
  'payment.stage.processing': 'Ожидает подтверждения банка',
  'payment.stage.authorized': 'Средства заблокированы, списание в обработке',
  'payment.stage.requires_review': 'Банк сообщил другую сумму; платёж проверяет служба поддержки',
  'payment.stage.failed': 'Оплата не прошла, можно повторить',
  'payment.stage.paid': 'Оплачен, ожидает подтверждения в ГИС ГМП',
  'payment.stage.reconciled': 'Оплачен и подтверждён в ГИС ГМП',
  'payment.stage.canceled': 'Платёж отменён',
  'payment.stage.refunded': 'Средства возвращены',

  'payment.failure.insufficient_funds': 'Недостаточно средств',
  'payment.failure.invalid_details':
    'Неверные реквизиты: проверьте номер, срок действия и код карты',
  'payment.failure.authentication_failed': 'Подтверждение платежа не пройдено',
  'payment.failure.limit_exceeded': 'Превышен лимит по способу оплаты',
  'payment.failure.method_restricted': 'Этот способ оплаты недоступен для платежа',
  'payment.failure.issuer_unavailable': 'Банк временно не отвечает, повторите позже',
  'payment.failure.fraud_suspected': 'Банк отклонил платёж по соображениям безопасности',
  'payment.failure.expired': 'Время на оплату истекло',
  'payment.failure.declined_other': 'Банк отклонил платёж',

  'payment.action.sms_code': 'Введите код из SMS',
  'payment.action.bank_app': 'Подтвердите платёж в приложении банка',
  'payment.action.wallet_password': 'Введите пароль кошелька',
  'payment.action.three_ds': 'Пройдите проверку 3-D Secure',
  'payment.action.redirect': 'Перейдите на страницу оплаты',
  'payment.action.qr_scan': 'Отсканируйте QR-код в приложении банка',
} satisfies Record<string, MessageTemplate>;
