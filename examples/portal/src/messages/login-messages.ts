const ru = {
  login_field: 'Телефон или e-mail',
  signIn: 'Войти',
  secondFactor: 'Второй фактор',
  method_sms: 'Код по SMS',
  method_email: 'Код по e-mail',
  method_totp: 'Приложение-аутентификатор',
  method_backup_code: 'Резервный код',
  chooseMethod: 'Способ подтверждения',
  sendAgain: 'Отправить код',
  unlockTitle: 'Вход заблокирован после неудачных попыток?',
  unlockHint:
    'После многих неверных паролей вход блокируется, и верный пароль тоже не подходит. Снимите блокировку кодом: он придёт на телефон или e-mail учётной записи.',
  unlock: 'Разблокировать кодом',
  unlockDone: 'Блокировка снята. Войдите с паролем.',
};

const en: Record<keyof typeof ru, string> = {
  login_field: 'Phone or e-mail',
  signIn: 'Log in',
  secondFactor: 'Second factor',
  method_sms: 'Code by SMS',
  method_email: 'Code by e-mail',
  method_totp: 'Authenticator app',
  method_backup_code: 'Backup code',
  chooseMethod: 'How to confirm',
  sendAgain: 'Send a code',
  unlockTitle: 'Login locked after failed attempts?',
  unlockHint:
    'After many wrong passwords the login is locked and even the right password is refused. Lift the lock with a code sent to the account’s phone or e-mail.',
  unlock: 'Unlock with a code',
  unlockDone: 'The lock is lifted. Log in with your password.',
};

/**
 * The login page's words: the second factor and the unlock of a locked account, in Russian and in
 * English (the English typed by the Russian keys, so neither lacks one).
 */
export const loginMessages = { ru, en };
