// Russian messages of the support requests area: issues, statuses, topics, the system lines of a
// request's conversation and the notices (kind `support`) the user receives.
export const ru = {
  'support_request.not_found': 'Обращение не найдено',
  'support_request.closed': 'Обращение № {number} закрыто: создайте новое обращение',
  'support_request.not_allowed':
    'Обращение № {number} сейчас в статусе «{status}»: это действие недоступно',
  'support_request.too_many_messages': 'В обращении уже {max} сообщений: создайте новое обращение',
  'support_request.number_format':
    'Номер обращения имеет вид ГГГГММДД-NNNN, например 20270111-0042',

  'support_request.status.received': 'Получено',
  'support_request.status.in_progress': 'В работе',
  'support_request.status.waiting_for_user': 'Ожидает вашего ответа',
  'support_request.status.resolved': 'Решено',
  'support_request.status.closed': 'Закрыто',

  'support_request.topic.access': 'Проблемы с доступом',
  'support_request.topic.documents': 'Документы',
  'support_request.topic.payments': 'Платежи',
  'support_request.topic.applications': 'Заявления',
  'support_request.topic.appointments': 'Запись на приём',
  'support_request.topic.other': 'Другое',

  'support_request.system.taken': 'Обращение взято в работу',
  'support_request.system.escalated': 'Срок ответа истёк: обращение передано старшему специалисту',
  'support_request.system.resolved': 'Решение по обращению',
  'support_request.system.account_unblocked': 'Учётная запись разблокирована',
  'support_request.system.access_restore_started':
    'Начато восстановление доступа: код отправлен на зарегистрированный телефон',

  'notice.support_request.received':
    'Обращение № {number} получено. Результат — в течение {hours} ч',
  'notice.support_request.taken': 'Обращение № {number} взято в работу',
  'notice.support_request.replied': 'Служба поддержки ответила на обращение № {number}',
  'notice.support_request.info_requested': 'По обращению № {number} нужна информация от вас',
  'notice.support_request.resolved': 'Обращение № {number} решено',
  'notice.support_request.reopened': 'Обращение № {number} открыто снова',
  'notice.support_request.closed': 'Обращение № {number} закрыто',
  'notice.support_request.escalated':
    'Обращение № {number} рассматривается дольше обычного и передано старшему специалисту',
  'notice.support_request.account_unblocked':
    'По обращению № {number} ваша учётная запись разблокирована',
  'notice.support_request.access_restore_started':
    'По обращению № {number} начато восстановление доступа',
};
