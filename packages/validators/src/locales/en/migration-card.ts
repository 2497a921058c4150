import type { migrationCardRu } from '../ru/migration-card.js';

// English messages of the migration card area.
export const migrationCardEn: { readonly [K in keyof typeof migrationCardRu]: string } = {
  'migration_card.characters':
    'Wrong migration card series and number: digits and Latin letters only',
  'migration_card.length':
    'Wrong migration card series and number: {min} to {max} characters, {length} entered',
  'migration_card.pattern':
    'Check the migration card series and number: usually a 4-digit series and a 6–7-digit number',
};
