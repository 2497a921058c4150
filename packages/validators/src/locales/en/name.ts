import type { nameRu } from '../ru/name.js';

// English messages of the name area.
export const nameEn: { readonly [K in keyof typeof nameRu]: string } = {
  'name.invalid_character':
    'Character "{char}" is not allowed: letters, space, hyphen and apostrophe only',
  'name.latin_not_allowed': 'This field takes Cyrillic letters only',
  'name.cyrillic_not_allowed': 'This field takes Latin letters only',
  'name.mixed_script':
    'Wrong format: Cyrillic and Latin letters are mixed; type it as in the document',
  'name.lookalike': 'The letter "{char}" belongs to the other alphabet; type it as in the document',
  'name.lookalike_fixed':
    'Look-alike letters of the other alphabet were replaced; check the spelling against the document',
  'name.wrong_format': 'Wrong format: a space, hyphen or apostrophe at an end or doubled',
  'name.mrz_invalid': 'Wrong machine-readable zone: capital Latin letters and "<" only',
  'name.mrz_mismatch': 'Does not match the spelling in the document: check every letter',
};
