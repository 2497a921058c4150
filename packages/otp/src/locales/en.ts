import type { ru } from './ru.js';

// English messages of @kabinet/otp: the same codes as ru.ts (a missing one is a type error).
export const en: { readonly [K in keyof typeof ru]: string } = {
  'otp.policy.invalid': 'Invalid one-time-code setting: {field} ({rule})',
  'otp.purpose.unknown': 'Unknown code purpose',
  'otp.channel.unknown': 'A code can only be sent by SMS or e-mail',
  'otp.destination.required': 'Enter a phone number or an e-mail address',
  'otp.destination.too_long': 'Address too long: at most {max} characters',
  'otp.destination.invalid': 'Wrong phone number or e-mail address format',
  'otp.session.required': 'No session: please start again',
  'otp.subject.required': 'The account the code is for is missing',
  'otp.code.wrong': 'Wrong code. Attempts left: {attemptsLeft}',
  'otp.code.expired': 'The code has expired. Request a new one',
  'otp.code.used': 'This code has already been used',
  'otp.code.locked': 'Too many wrong attempts. Request a new code',
  'otp.code.not_found': 'Code not found. Request a new one',
  'otp.code.wrong_session': 'The code was requested in another session. Request a new one',
  'otp.message.sms':
    'Confirmation code: {code}. Valid for {minutes} min. Do not share it with anyone',
  'otp.message.email_subject': 'Confirmation code',
  'otp.message.email_text':
    'Your confirmation code: {code}\n\nThe code is valid for {minutes} min. Do not share it: portal staff never ask for codes.',
  'totp.policy.invalid': 'Invalid authenticator-app setting: {field} ({rule})',
  'totp.code.wrong': 'Wrong authenticator-app code',
  'totp.code.replayed': 'This code has already been used. Wait for the next code in the app',
  'backup.policy.invalid': 'Invalid backup-code setting: {field} ({rule})',
  'backup.code.wrong': 'Wrong or already used backup code',
};
