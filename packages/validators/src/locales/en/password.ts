import type { passwordRu } from '../ru/password.js';

// English messages of the password area.
export const passwordEn: { readonly [K in keyof typeof passwordRu]: string } = {
  'password.too_short': 'The password is too short: at least {min} characters',
  'password.too_long': 'The password is too long: at most {max} characters',
  'password.invalid_character': 'The password contains invisible or control characters',
  'password.missing_upper': 'The password needs at least one capital letter',
  'password.missing_lower': 'The password needs at least one lower-case letter',
  'password.missing_digit': 'The password needs at least one digit',
  'password.missing_special':
    'The password needs at least one special character (such as ! # % or a space)',
  'password.common': 'This password is too common and easy to guess: choose another',
  'password.repetitive': 'A password of repeated or consecutive characters is easy to guess',
  'password.contains_personal_data':
    'The password must not contain your personal data (name, e-mail, phone, document numbers)',
  'password.length_recommended': 'We recommend a password of {recommended} characters or more',
};
