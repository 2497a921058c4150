// Russian messages of @kabinet/lockout: the policy issue and the public answers the HTTP layer renders.
export const ru = {
  'lockout.policy.invalid': 'Недопустимая настройка ограничений: {field} ({rule})',
  'lockout.invalid_credentials': 'Неверный логин или пароль',
  'lockout.retry_later': 'Слишком много попыток. Повторите через {seconds} с',
  'lockout.code_blocked': 'Неверный код. Следующая попытка будет доступна через {minutes} мин',
  'lockout.code_capped': 'Превышено число попыток ввода кода на сегодня. Повторите завтра',
  'lockout.send_cooldown': 'Отправить код повторно можно через {seconds} с',
  'lockout.send_capped': 'Лимит отправки кодов на сегодня исчерпан. Повторите завтра',
  'lockout.lookup_deferred':
    'Превышен суточный лимит запросов к реестрам: проверка данных продолжится завтра',
  'lockout.account_locked_notice':
    'Учётная запись заблокирована после нескольких неверных попыток. Обратитесь в службу поддержки',
} as const;
