/** Russian messages of @kabinet/audit: issue codes and the labels of the catalogue's actions. */
export const ru = {
  'audit.party.type': 'Тип участника: латинские строчные буквы, до 32 символов',
  'audit.party.id':
    'Идентификатор участника должен быть непрозрачным (буквы, цифры, _ . : -, до {max} символов), а не телефоном или e-mail',
  'audit.action.format':
    'Действие записывается через точку, например contact.changed (до {max} символов)',
  'audit.payload.not_json': 'Данные события нельзя записать в каноническом JSON',
  'audit.checkpoint.malformed': 'Контрольная точка журнала повреждена',
  'audit.checkpoint.unknown_key': 'Контрольная точка подписана неизвестным ключом {kid}',
  'audit.checkpoint.signature': 'Подпись контрольной точки неверна (ключ {kid})',
  'audit.checkpoint.origin': 'Контрольная точка относится к другому журналу ({origin})',
  'audit.entry.malformed': 'Запись журнала №{seq} повреждена',
  'audit.entry.hash_mismatch': 'Запись журнала №{seq} изменена: хеш не совпадает',
  'audit.chain.broken_link':
    'Цепочка журнала разорвана у записи №{seq}: запись удалена, вставлена или переставлена',
  'audit.chain.time_regression': 'Время записи журнала №{seq} меньше времени предыдущей',
  'audit.checkpoint.mismatch':
    'Журнал не совпадает с подписанной контрольной точкой размера {size}: записи после №{seq} переписаны',
  'audit.checkpoint.beyond_end': 'Журнал обрезан: подписано {size} записей, осталось {seq}',
  'audit.restore.unknown_version': 'В истории нет такой версии контакта',
  'audit.restore.erased': 'Эта версия контакта удалена и не может быть восстановлена',
  'audit.restore.unchanged': 'Эта версия контакта уже действует',
  'audit.action.contact.changed': 'Изменение контактных данных',
  'audit.action.contact.restored': 'Восстановление контактных данных из истории изменений',
  'audit.action.account.login.succeeded': 'Вход в личный кабинет',
  'audit.action.account.login.failed': 'Неудачная попытка входа',
  'audit.action.account.login.second_factor_requested': 'Пароль принят, вход ждёт второго фактора',
  'audit.action.account.login.code_sent': 'Код для входа отправлен',
  'audit.action.account.ip.blocked': 'Блокировка IP-адреса',
  'audit.action.journal.subject.erased': 'Удаление персональных данных из журнала',
  'audit.action.journal.keys.rewrapped': 'Перешифрование ключей данных журнала новым ключом',
} as const;
