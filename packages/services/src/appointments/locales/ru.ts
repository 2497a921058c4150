// Russian messages of the appointments area (SVC-2): issues and notices.
export const ru = {
  'appointment.not_found': 'Запись на приём не найдена',
  'appointment.office_unknown': 'Такого подразделения нет',
  'appointment.service_unknown': 'Это подразделение не ведёт приём по этой услуге',
  'appointment.slot_unknown': 'В это время приёма нет: выберите время из списка свободных',
  'appointment.slot_taken': 'Это время уже занято: выберите другое',
  'appointment.slot_too_soon': 'Записаться можно не позднее чем за {minutes} мин. до приёма',
  'appointment.slot_too_far': 'Записаться можно не более чем на {days} дн. вперёд',
  'appointment.slot_past': 'Это время уже прошло',
  'appointment.range_invalid': 'Начало периода позже его конца',
  'appointment.range_too_long': 'Период поиска не длиннее {max} дн.',
  'appointment.level_too_low': 'Для записи на эту услугу нужна учётная запись уровня «{required}»',
  'appointment.too_many_active':
    'У вас уже {max} активных записи: отмените одну, чтобы записаться снова',
  'appointment.hold_expired':
    'Время на подтверждение истекло, и выбранное время освободилось: выберите его снова',
  'appointment.change_too_late':
    'Изменить или отменить запись можно не позднее чем за {hours} ч до приёма',
  'appointment.same_slot': 'Запись уже на это время',
  'appointment.not_allowed': 'В состоянии «{state}» это действие невозможно',
  'appointment.not_booked': 'Талон есть только у подтверждённой записи',
  'appointment.checkin_wrong_day': 'Приём назначен на другой день ({date})',
  'appointment.checkin_too_early': 'Регистрация на приём открывается за {minutes} мин. до начала',
  'appointment.checkin_too_late': 'Время приёма прошло',
  'appointment.checkin_wrong_office': 'Запись в другое подразделение',
  'appointment.pass_outdated': 'Талон устарел: запись перенесена, откройте новый талон',

  'visit_pass.malformed': 'QR-код не является талоном на приём',
  'visit_pass.unknown_key': 'Талон подписан неизвестным ключом',
  'visit_pass.signature': 'Подпись талона неверна: талон изменён или подделан',
  'visit_pass.expired': 'Срок действия талона истёк',

  'appointment.state.held': 'Время удерживается',
  'appointment.state.booked': 'Запись подтверждена',
  'appointment.state.checked_in': 'Приём состоялся',
  'appointment.state.no_show': 'Неявка',
  'appointment.state.cancelled': 'Отменена',
  'appointment.state.expired': 'Не подтверждена',

  'notice.appointment.booked':
    'Вы записаны на приём № {number}: {serviceRu}, {officeRu}, {time}. Возьмите с собой документы из списка и талон с QR-кодом.',
  'notice.appointment.moved': 'Запись № {number} перенесена на {time} ({officeRu}).',
  'notice.appointment.cancelled': 'Запись № {number} на {time} отменена.',
  'notice.appointment.reminder':
    'Напоминание: завтра в {time} приём по записи № {number}, {officeRu}.',
  'notice.appointment.no_show': 'Вы не пришли на приём по записи № {number} ({time}).',
  'notice.appointment.checked_in': 'Вы зарегистрированы на приём по записи № {number}.',
  'notice.appointment.expired': 'Время по записи № {number} не подтверждено и освобождено.',
} as const;
