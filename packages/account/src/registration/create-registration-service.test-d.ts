// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// registration service's public methods take the input types of `registrationInputSchemas`, so a
// misspelled or mistyped field fails to compile (and is still refused at run time by `readInput`).
import { expectTypeOf } from 'vitest';
import type { RegistrationService } from './create-registration-service.js';

declare const registration: RegistrationService;
const access = { draftId: 'drf_1', resumeToken: 'secret' };

expectTypeOf(registration.start)
  .parameter(0)
  .toEqualTypeOf<{ userType: 'foreign_citizen' | 'residence_permit_holder' }>();
void registration.start({ userType: 'foreign_citizen' });
// @ts-expect-error — `partner` is not a user type (ACC-1)
void registration.start({ userType: 'partner' });
// @ts-expect-error — `usertype` is misspelled
void registration.start({ usertype: 'foreign_citizen' });

void registration.setContacts({ ...access, phone: '+998901234567', email: 'aziz@example.uz' });
// @ts-expect-error — `emial` is misspelled
void registration.setContacts({ ...access, phone: '+998901234567', emial: 'aziz@example.uz' });
void registration.requestCode({ ...access, channel: 'phone' });
// @ts-expect-error — `sms` is a code channel of logins; a draft confirms its `phone`
void registration.requestCode({ ...access, channel: 'sms' });
// @ts-expect-error — `resumetoken` is misspelled
void registration.get({ draftId: 'drf_1', resumetoken: 'secret' });
void registration.addDocument({
  ...access,
  document: { kind: 'foreign_passport' },
  files: [{ bytes: new Uint8Array(4), name: 'scan.png' }],
});
void registration.addDocument({
  ...access,
  document: { kind: 'foreign_passport' },
  // @ts-expect-error — the scans are bytes, not a path
  files: [{ bytes: '/tmp/scan.png' }],
});
// @ts-expect-error — `termVersion` is misspelled
void registration.acceptTerms({ ...access, termVersion: '2024-01' });
