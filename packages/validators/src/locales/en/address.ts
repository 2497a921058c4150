import type { addressRu } from '../ru/address.js';

// English messages of the address area.
export const addressEn: { readonly [K in keyof typeof addressRu]: string } = {
  'postal_index.wrong_format': 'Wrong postal index format: 6 digits needed',
  'postal_index.unknown_region': 'Wrong postal index: Russian indices do not start with {prefix}',
  'address.invalid_character': 'Character "{char}" is not allowed in an address',
  'address.region_wrong_format': 'Wrong region format: letters needed',
  'address.city_wrong_format': 'Wrong city format: letters needed',
  'address.street_wrong_format': 'Wrong street format: letters needed',
  'address.free_form_wrong_format': 'Wrong address format: letters needed',
  'address.house_wrong_format': 'Wrong house number format: e.g. 12, 12a or 12/3',
  'address.building_wrong_format': 'Wrong building format: e.g. 2 or 2a',
  'address.apartment_wrong_format': 'Wrong apartment number format: e.g. 45 or 45a',
  'address.index_region_mismatch':
    'Check the postal index: it does not look like an index of {city}',
};
