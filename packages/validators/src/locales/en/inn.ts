import type { innRu } from '../ru/inn.js';

// English messages of the INN area.
export const innEn: { readonly [K in keyof typeof innRu]: string } = {
  'inn.format': 'Wrong INN format: digits only',
  'inn.length': 'Wrong INN format: 10 or 12 digits needed, {length} entered',
  'inn.kind': 'Wrong INN format: {expected} digits needed, {length} entered',
  'inn.all_zero': 'Wrong INN: all zeros',
  'inn.checksum': 'Wrong INN: the check digit at position {position} must be {expected}',
  'inn.region': 'Check the INN: region code {region} does not exist',
};
