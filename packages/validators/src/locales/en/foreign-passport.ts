import type { foreignPassportRu } from '../ru/foreign-passport.js';

// English messages of the foreign passport area.
export const foreignPassportEn: { readonly [K in keyof typeof foreignPassportRu]: string } = {
  'foreign_passport.characters': 'Wrong passport number format: Latin letters and digits only',
  'foreign_passport.length':
    'Wrong passport number format: {min} to {max} characters, {length} entered',
  'foreign_passport.country': 'Wrong code of the issuing country',
  'foreign_passport.pattern':
    'Check the passport number: numbers of {country} usually look like {example}',
  'foreign_passport.lookalike':
    'Cyrillic letters in the passport number were read as the Latin letters they look like; check the number',
};
