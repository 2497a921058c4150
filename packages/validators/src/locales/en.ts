import type { ru } from './ru.js';
import { snilsEn } from './en/snils.js';
import { innEn } from './en/inn.js';
import { passportEn } from './en/passport.js';
import { foreignPassportEn } from './en/foreign-passport.js';
import { mrzEn } from './en/mrz.js';
import { residencePermitEn } from './en/residence-permit.js';
import { migrationCardEn } from './en/migration-card.js';
import { visaEn } from './en/visa.js';
import { documentValidityEn } from './en/document-validity.js';
import { dateEn } from './en/date.js';
import { phoneEn } from './en/phone.js';
import { emailEn } from './en/email.js';
import { nameEn } from './en/name.js';
import { addressEn } from './en/address.js';
import { passwordEn } from './en/password.js';
import { fileEn } from './en/file.js';

// English messages of @kabinet/validators: one module per area, merged here.
export const en: {
  readonly [K in keyof typeof ru]:
    string | ((p: Readonly<Record<string, string | number | boolean>>) => string);
} = {
  ...snilsEn,
  ...innEn,
  ...passportEn,
  ...foreignPassportEn,
  ...mrzEn,
  ...residencePermitEn,
  ...migrationCardEn,
  ...visaEn,
  ...documentValidityEn,
  ...dateEn,
  ...phoneEn,
  ...emailEn,
  ...nameEn,
  ...addressEn,
  ...passwordEn,
  ...fileEn,
};
