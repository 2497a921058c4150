import { snilsRu } from './ru/snils.js';
import { innRu } from './ru/inn.js';
import { passportRu } from './ru/passport.js';
import { foreignPassportRu } from './ru/foreign-passport.js';
import { mrzRu } from './ru/mrz.js';
import { residencePermitRu } from './ru/residence-permit.js';
import { migrationCardRu } from './ru/migration-card.js';
import { visaRu } from './ru/visa.js';
import { documentValidityRu } from './ru/document-validity.js';
import { dateRu } from './ru/date.js';
import { phoneRu } from './ru/phone.js';
import { emailRu } from './ru/email.js';
import { nameRu } from './ru/name.js';
import { addressRu } from './ru/address.js';
import { passwordRu } from './ru/password.js';
import { fileRu } from './ru/file.js';
// Russian messages of @kabinet/validators: one module per area, merged here.
export const ru = {
  ...snilsRu,
  ...innRu,
  ...passportRu,
  ...foreignPassportRu,
  ...mrzRu,
  ...residencePermitRu,
  ...migrationCardRu,
  ...visaRu,
  ...documentValidityRu,
  ...dateRu,
  ...phoneRu,
  ...emailRu,
  ...nameRu,
  ...addressRu,
  ...passwordRu,
  ...fileRu,
} as const;
