import type { residencePermitRu } from '../ru/residence-permit.js';

// English messages of the residence permit area.
export const residencePermitEn: { readonly [K in keyof typeof residencePermitRu]: string } = {
  'residence_permit.format':
    'Wrong residence permit series and number: digits only, like {expected}',
  'residence_permit.length':
    'Wrong residence permit series and number: {expected} digits needed, {length} entered',
  'residence_permit.series': 'Check the residence permit series: usually 82, {series} entered',
  'temporary_residence_permit.decision_number':
    'Wrong number of the temporary residence permit decision',
};
