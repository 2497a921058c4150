// Russian messages of the notifications area: issues, the kinds' titles and the texts the
// channels carry — which only point to the notification centre (NOTE-2).
export const ru = {
  'notifications.not_found': 'Уведомление не найдено',
  'notifications.preferences.channel_required': 'Для уведомлений «{kind}» нужен хотя бы один канал',
  'notifications.preferences.duplicate_channel': 'Канал указан дважды для «{kind}»',

  'notice.kind.application': 'Заявления',
  'notice.kind.appointment': 'Запись на приём',
  'notice.kind.payment': 'Платежи',
  'notice.kind.support': 'Обращения в поддержку',
  'notice.kind.security': 'Безопасность',
  'notice.generic': 'Новое сообщение',

  'notice.channel.email.subject': 'Новое сообщение в личном кабинете',
  'notice.channel.email.text':
    'Здравствуйте! У вас новое сообщение в личном кабинете. Откройте раздел «Уведомления», чтобы его прочитать. Это письмо не содержит подробностей: официальные сообщения приходят только в личный кабинет.',
  'notice.channel.sms.text':
    'У вас новое сообщение в личном кабинете. Прочитайте его в разделе «Уведомления».',
  'notice.channel.push.title': 'Личный кабинет',
  'notice.channel.push.body': 'У вас новое сообщение в личном кабинете',
} as const;
