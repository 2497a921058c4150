// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// applications service's public methods take the input types of `applicationsInputSchemas`, so a
// schema change changes the signature and a misspelled field does not compile.
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type { applicationsInputSchemas } from './applications-input-schemas.js';
import type { ApplicationsInput, ApplicationsService } from './applications-service.js';

declare const applications: ApplicationsService;
const bytes = new Uint8Array([1]);

expectTypeOf<Parameters<ApplicationsService['createDraft']>[0]>().toEqualTypeOf<
  z.input<typeof applicationsInputSchemas.createDraft>
>();
expectTypeOf<Parameters<ApplicationsService['withdraw']>[0]>().toEqualTypeOf<
  ApplicationsInput<'one'>
>();
expectTypeOf<Parameters<ApplicationsService['listCertificates']>[0]>().toEqualTypeOf<
  ApplicationsInput<'list'>
>();

void applications.createDraft({
  accountId: 'acc_1',
  accountLevel: 'standard',
  serviceCode: 'arrival_notification',
  fields: { fullName: 'Ivanov' },
});
// @ts-expect-error — `serviceCod` is misspelled
void applications.createDraft({ accountId: 'acc_1', accountLevel: 'standard', serviceCod: 'x' });
// @ts-expect-error — `admin` is not an account level
void applications.submit({ accountId: 'acc_1', accountLevel: 'admin', applicationId: 'app_1' });
// @ts-expect-error — the application is named by `applicationId`
void applications.withdraw({ accountId: 'acc_1', id: 'app_1' });
// @ts-expect-error — the fields are a record by name, not a list
void applications.edit({ accountId: 'acc_1', applicationId: 'app_1', fields: ['x'] });
void applications.attach({
  accountId: 'acc_1',
  applicationId: 'app_1',
  kind: 'passport_scan',
  file: { bytes, name: 'scan.png' },
});
// @ts-expect-error — the file is bytes, not a path
void applications.attach({ accountId: 'acc_1', applicationId: 'app_1', kind: 'k', file: 'a.png' });
void applications.answer({ accountId: 'acc_1', applicationId: 'app_1', note: 'done' });
// @ts-expect-error — `notes` is misspelled
void applications.answer({ accountId: 'acc_1', applicationId: 'app_1', notes: 'done' });
void applications.list({ accountId: 'acc_1', limit: 20 });
// @ts-expect-error — the page size is a number
void applications.list({ accountId: 'acc_1', limit: '20' });
// @ts-expect-error — a certificate is named by `certificateId`
void applications.readCertificate({ accountId: 'acc_1', applicationId: 'app_1' });
void applications.passDue({ limit: 10 });
// @ts-expect-error — `batch` is not an option of the tick
void applications.passDue({ batch: 10 });
void applications.handleAgencyCallback({ body: '{}', headers: { 'x-signature': 's' } });
// @ts-expect-error — the body is the exact text, not parsed JSON
void applications.handleAgencyCallback({ body: {}, headers: {} });
