import { addressSchema } from '@kabinet/validators/address';
import { dateSchema } from '@kabinet/validators/date';
import { filePolicies } from '@kabinet/validators/file';
import { migrationCardSchema } from '@kabinet/validators/migration-card';
import { phoneSchema } from '@kabinet/validators/phone';
import { residencePermitSchema } from '@kabinet/validators/residence-permit';
import type { AttachmentRequirement, FormField, ServiceDefinition } from './service-definition.js';

// The validator tells the form how to show the field.
const KINDS = new Map<FormField['schema'], NonNullable<FormField['kind']>>([
  [addressSchema, 'address'],
  [dateSchema, 'date'],
  [migrationCardSchema, 'migration_card'],
  [phoneSchema, 'phone'],
  [residencePermitSchema, 'residence_permit'],
]);
const field = (
  name: string,
  ru: string,
  en: string,
  schema: FormField['schema'],
  required = true,
): FormField => ({ name, title: { ru, en }, required, schema, kind: KINDS.get(schema) ?? 'text' });
const files = (
  kind: string,
  ru: string,
  en: string,
  policy: AttachmentRequirement['policy'],
  required = true,
  maxFiles = 4,
): AttachmentRequirement => ({
  kind,
  title: { ru, en },
  required,
  policy,
  maxFiles,
});

const address = field('address', 'Адрес в России', 'Address in Russia', addressSchema);
const phone = field('phone', 'Телефон для связи', 'Contact phone', phoneSchema, false);
const passport = files(
  'passport_scan',
  'Скан паспорта (300 dpi)',
  'Passport scan (300 dpi)',
  filePolicies.passportScan,
);
const residencePermit = field(
  'residencePermit',
  'Вид на жительство',
  'Residence permit',
  residencePermitSchema,
);
const residencePermitScan = files(
  'residence_permit_scan',
  'Скан вида на жительство',
  'Residence permit scan',
  filePolicies.document,
);
const photo = files('photo', 'Фотография', 'Photo', filePolicies.photo, true, 1);
const arrivalDate = field('arrivalDate', 'Дата прибытия', 'Arrival date', dateSchema);
const migrationCard = field(
  'migrationCard',
  'Миграционная карта',
  'Migration card',
  migrationCardSchema,
);
const MVD = {
  ru: 'ГУВМ МВД России',
  en: 'Main Directorate for Migration, Ministry of Internal Affairs',
};

/**
 * The services a foreign citizen applies for after registration (from the portal's texts:
 * extending a residence permit, registration at a place of stay, notification of arrival,
 * a certificate of registration, a temporary residence permit), as data. Duty codes are those
 * of the payments duty catalogue; processing times are working days after the hand-over.
 *
 * @example
 * ```ts
 * const extension = defaultServiceCatalogue.find((s) => s.code === 'residence_permit_extension');
 * extension?.minLevel;  // 'confirmed'
 * extension?.dutyCode;  // 'residence_permit'
 * ```
 */
export const defaultServiceCatalogue: readonly ServiceDefinition[] = [
  {
    code: 'residence_permit_extension',
    title: { ru: 'Продление вида на жительство', en: 'Extension of a residence permit' },
    authority: MVD,
    fields: [residencePermit, address, phone],
    attachments: [
      passport,
      residencePermitScan,
      photo,
      files(
        'income_proof',
        'Подтверждение дохода',
        'Proof of income',
        filePolicies.document,
        false,
      ),
    ],
    minLevel: 'confirmed',
    dutyCode: 'residence_permit',
    processingWorkingDays: 40,
    resultDocument: {
      ru: 'Решение о продлении вида на жительство',
      en: 'Decision on the residence permit extension',
    },
  },
  {
    code: 'temporary_residence',
    title: { ru: 'Разрешение на временное проживание (РВП)', en: 'Temporary residence permit' },
    authority: MVD,
    fields: [
      migrationCard,
      field('arrivalDate', 'Дата въезда', 'Date of entry', dateSchema),
      address,
      phone,
    ],
    attachments: [
      passport,
      photo,
      files(
        'medical_certificate',
        'Медицинское заключение',
        'Medical certificate',
        filePolicies.document,
      ),
    ],
    minLevel: 'confirmed',
    dutyCode: 'temporary_residence',
    processingWorkingDays: 60,
    resultDocument: {
      ru: 'Решение о выдаче РВП',
      en: 'Decision on the temporary residence permit',
    },
  },
  {
    code: 'stay_registration',
    title: { ru: 'Регистрация по месту пребывания', en: 'Registration at a place of stay' },
    authority: MVD,
    fields: [arrivalDate, address, { ...migrationCard, required: false }, phone],
    attachments: [
      passport,
      files(
        'lease_contract',
        'Договор аренды или иной документ о проживании',
        'Lease or other proof of residence',
        filePolicies.document,
      ),
    ],
    minLevel: 'standard',
    dutyCode: 'migration_registration',
    processingWorkingDays: 7,
    resultDocument: {
      ru: 'Справка о регистрации по месту пребывания',
      en: 'Certificate of registration at a place of stay',
    },
  },
  {
    code: 'arrival_notification',
    title: { ru: 'Уведомление о прибытии', en: 'Notification of arrival' },
    authority: MVD,
    fields: [arrivalDate, address, migrationCard],
    attachments: [passport],
    minLevel: 'standard',
    processingWorkingDays: 3,
  },
  {
    code: 'residence_certificate',
    title: { ru: 'Справка о подтверждении проживания', en: 'Certificate of residence' },
    authority: MVD,
    fields: [residencePermit, address],
    attachments: [residencePermitScan],
    minLevel: 'confirmed',
    processingWorkingDays: 5,
    resultDocument: { ru: 'Справка о подтверждении проживания', en: 'Certificate of residence' },
  },
];
