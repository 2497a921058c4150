import type { IssueParam } from '@kabinet/core';
import { formatWait, otherWays } from '../_lib/format-wait.js';

type Params = Readonly<Record<string, IssueParam>>;
const to = (p: Params): string =>
  p['channel'] === 'email'
    ? 'на этот адрес электронной почты'
    : p['channel'] === 'sms' || p['channel'] === undefined
      ? 'на этот телефон'
      : 'на этот телефон (адрес почты)';

/** Russian messages for the account issue codes and notices. */
export const ru = {
  'account.not_found': 'Учётная запись не найдена',
  'account.not_usable': 'Учётная запись недоступна: обратитесь в поддержку',
  'account.policy.invalid': 'Недопустимая настройка учётных записей: {field} ({rule})',
  'account.restricted': 'Доступ временно ограничен: ответьте на запрос уточнения данных',
  'contact.unavailable': 'Этот контакт нельзя использовать',
  'session.invalid_token': 'Сессия недействительна: войдите снова',
  'session.invalid': 'Сессия завершена: войдите снова',
  'session.level_changed': 'Уровень учётной записи изменился: обновите сессию',
  'session.not_found': 'Сессия не найдена',
  'session.reauth_required':
    'Для этого действия повторно введите пароль (не позднее {minutes} мин. назад)',
  'auth.invalid_credentials': 'Неверный логин или пароль',
  'auth.login_expired': 'Время входа истекло: войдите снова',
  'auth.code_wrong': 'Неверный код',
  'auth.code_expired': 'Код устарел: запросите новый',
  'auth.code_blocked': (p: Params) =>
    `После неверного кода следующая попытка возможна через ${formatWait(p['seconds'] ?? Number(p['minutes'] ?? 0) * 60, 'ru')}`,
  'auth.code_exhausted': 'Слишком много неверных попыток для этого кода: запросите новый',
  'auth.method_unavailable': 'Этот способ подтверждения недоступен',
  'auth.send_cooldown': (p: Params) =>
    `Код только что отправлен: новый можно запросить через ${formatWait(p['seconds'], 'ru')}${otherWays(p['alternatives'], 'ru')}`,
  'auth.send_capped': (p: Params) =>
    `Исчерпан суточный лимит кодов ${to(p)}: повторите через ${formatWait(p['seconds'], 'ru')}${otherWays(p['alternatives'], 'ru')}`,
  'auth.send_ip_capped': (p: Params) =>
    `С вашего адреса сегодня запрошено слишком много кодов: повторите через ${formatWait(p['seconds'], 'ru')}${otherWays(p['alternatives'], 'ru')}`,
  'auth.retry_later': (p: Params) =>
    `Слишком много попыток: повторите через ${formatWait(p['seconds'], 'ru')}`,
  'auth.unlock_unavailable': 'Самостоятельная разблокировка недоступна: обратитесь в поддержку',
  'auth.recovery_invalid': 'Ссылка восстановления доступа недействительна или устарела',
  'auth.wrong_password': 'Неверный текущий пароль',
  'auth.totp_not_enrolled': 'Приложение-аутентификатор не подключено',
  'password.reused': 'Этот пароль уже использовался: придумайте новый',
  'document.kind_unknown': 'Неизвестный вид документа',
  'document.duplicate': 'Такой документ уже добавлен',
  'document.unavailable': 'Этот документ нельзя использовать: обратитесь в службу поддержки',
  'document.not_found': 'Документ не найден',
  'file.infected': 'Файл не прошёл антивирусную проверку',
  'personal.citizenship_format':
    'Укажите код страны гражданства из трёх латинских букв (ISO 3166), например UZB',
  'personal.citizenship_russian': 'Регистрация для граждан России проходит по другой форме',
  'registration.draft_not_found': 'Черновик регистрации не найден или устарел: начните заново',
  'registration.step_missing': 'Не заполнен шаг регистрации: {step}',
  'registration.terms_version': 'Примите действующую редакцию условий ({version})',
  'registration.already_created': 'Учётная запись уже создана',
  'registration.contact_not_set': 'Сначала укажите этот контакт',
  'registration.contact_confirmed': 'Контакт уже подтверждён',
  'contact.no_pending_change': 'Нет ожидающего изменения этого контакта',
  'contact.unchanged': 'Новое значение совпадает с текущим',
  'contact.unknown_version': 'Такой версии контакта нет в истории',
  'contact.version_erased': 'Данные этой версии удалены и не могут быть восстановлены',
  'identity.check_not_found': 'Проверка не найдена',
  'identity.documents_missing': 'Не хватает документов: {kinds}',
  'identity.level_required': 'Сначала нужен уровень «{level}»',
  'identity.method_unavailable': 'Этот способ подтверждения личности недоступен',
  'identity.check_open': 'Проверка уже идёт',
  'identity.wrong_code': 'Неверный код',
  'identity.code_expired': 'Код устарел',
  'identity.not_applicable': 'Действие не подходит для этого способа подтверждения',
  'identity.already_confirmed': 'Уровень уже подтверждён',
  'ip.invalid': 'Неверный IP-адрес',
  'notice.already_registered':
    '{service}: на этот контакт уже зарегистрирована учётная запись. Если это не вы, ничего делать не нужно; чтобы войти, используйте вход или восстановление доступа.',
  'notice.login_alert':
    '{service}: выполнен вход в учётную запись после {failures} неудачных попыток. Если это были не вы, смените пароль и завершите другие сеансы.',
  'notice.account_locked':
    '{service}: учётная запись заблокирована после повторных ошибок ввода. Для разблокировки обратитесь в поддержку.',
  'notice.account_locked_temporarily':
    '{service}: после нескольких неверных паролей вход в учётную запись приостановлен до {until}. Если это были не вы, пароль в безопасности; снять ограничение сразу можно кодом, отправленным на ваш телефон или почту («Разблокировать» на странице входа).',
  'notice.account_capped':
    '{service}: слишком много неверных паролей — вход с новых адресов остановлен, пока вы не разблокируете учётную запись кодом, отправленным на ваш телефон или почту («Разблокировать» на странице входа), или пока это не сделает поддержка. Если это были не вы, смените пароль после входа.',
  'notice.contact_changed':
    '{service}: {channel} учётной записи изменён на {masked}. Если это были не вы, обратитесь в поддержку.',
  'notice.password_changed':
    '{service}: пароль учётной записи изменён. Если это были не вы, обратитесь в поддержку.',
  'notice.second_factor_changed': '{service}: изменены настройки двухфакторной аутентификации.',
  'notice.identity_confirmed':
    '{service}: данные подтверждены (Подтверждён). Уровень учётной записи: {level}.',
  'notice.clarification_requested':
    '{service}: требуется уточнить данные ({defects}). Ответьте до {deadline}, иначе доступ будет временно ограничен.',
  'notice.activation_link':
    '{service}: для завершения подтверждения личности перейдите по ссылке или введите код {token}',
  'notice.account_unblocked': '{service}: учётная запись разблокирована службой поддержки.',
  'notice.access_restored':
    '{service}: служба поддержки восстанавливает доступ к учётной записи. Код восстановления: {token}. Никому его не сообщайте.',
} as const;
