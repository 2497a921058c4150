import type { visaRu } from '../ru/visa.js';

// English messages of the visa area.
export const visaEn: { readonly [K in keyof typeof visaRu]: string } = {
  'visa.characters': 'Wrong visa number format: digits and Latin letters only',
  'visa.length': 'Wrong visa number format: 4 to 20 characters, {length} entered',
  'visa.pattern': 'Check the visa number: it usually has 6 to 12 characters',
  'visa.category': 'Unknown visa category',
  'visa.not_yet_valid': 'The visa is valid only from {validFrom}',
};
