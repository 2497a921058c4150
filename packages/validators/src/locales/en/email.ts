import type { emailRu } from '../ru/email.js';

// English messages of the e-mail area.
export const emailEn: { readonly [K in keyof typeof emailRu]: string } = {
  'email.spaces': 'Wrong e-mail format: an address cannot contain spaces',
  'email.missing_at': 'Wrong e-mail format: the "@" sign is missing',
  'email.local_part_invalid': 'Wrong e-mail format: invalid characters or dots before "@"',
  'email.local_part_too_long': 'Wrong e-mail format: at most {max} characters before "@"',
  'email.local_part_not_ascii':
    'Wrong e-mail format: only Latin letters, digits and signs are allowed before "@"',
  'email.domain_invalid': 'Wrong e-mail format: invalid domain name after "@"',
  'email.domain_single_label': 'Wrong e-mail format: the domain has no zone (such as .com)',
  'email.too_long': 'Wrong e-mail format: the address is longer than {max} characters',
  'email.undeliverable': 'The domain {domain} does not accept mail: check the address',
  'email.deliverability_unknown': 'Could not check whether the domain accepts mail',
};
