import type { snilsRu } from '../ru/snils.js';

// English messages of the SNILS area.
export const snilsEn: { readonly [K in keyof typeof snilsRu]: string } = {
  'snils.format': 'Wrong SNILS format: digits only',
  'snils.length': 'Wrong SNILS format: {expected} digits needed, {length} entered',
  'snils.all_zero': 'Wrong SNILS: all zeros',
  'snils.checksum': 'Wrong SNILS check number: expected {expected}, entered {actual}',
  'snils.repeated_digits': 'Check the SNILS: the digit {digit} appears three times in a row',
};
