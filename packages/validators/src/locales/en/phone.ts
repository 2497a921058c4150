import type { phoneRu } from '../ru/phone.js';

// English messages of the phone area.
export const phoneEn: { readonly [K in keyof typeof phoneRu]: string } = {
  'phone.wrong_format':
    'Wrong phone format: digits, a leading "+", spaces, brackets and hyphens only',
  'phone.country_required':
    'Enter the phone in international format, starting with "+" and the country code',
  'phone.unknown_country': 'Wrong phone: no country has this code',
  'phone.too_short': 'Wrong phone: digits are missing',
  'phone.too_long': 'Wrong phone: too many digits',
  'phone.invalid_length': 'Wrong phone: the number of digits does not fit this country',
  'phone.invalid': "Wrong phone: no such number in the country's numbering plan",
  'phone.too_few_digits': 'Wrong phone: at least {min} digits including the country code',
  'phone.not_mobile': 'A mobile number is needed: the confirmation code is sent to it',
  'phone.not_russian_mobile':
    'A Russian mobile number (+7 9…) is needed: the confirmation code is sent to it',
};
