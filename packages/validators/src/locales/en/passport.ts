import type { passportRu } from '../ru/passport.js';

// English messages of the Russian passport area.
export const passportEn: { readonly [K in keyof typeof passportRu]: string } = {
  'passport.format': 'Wrong passport number format: digits only, like {expected}',
  'passport.length': 'Wrong passport number format: {expected} digits needed, {length} entered',
  'passport.all_zero': 'Wrong passport number: all zeros',
  'passport.region': 'Check the passport series: region code {region} does not exist',
  'passport.number_range': 'Check the passport number: {number} is outside the usual range',
};
