// ApplicationIssueCode comes from the catalogues' keys: the service's results carry it, a switch
// over an issue's code narrows, and a code without a message (or a status's label) is not one.
import type { InputIssueCode, Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { UploadIssueCode } from '../context/upload-issue-code.js';
import type { ApplicationIssueCode } from './application-messages.js';
import type { ApplicationDetails, ApplicationsService } from './applications-service.js';

declare const applications: ApplicationsService;
const draft = await applications.createDraft({
  accountId: 'acc_1',
  accountLevel: 'confirmed',
  serviceCode: 'stay_registration',
});
expectTypeOf(draft).toEqualTypeOf<Result<ApplicationDetails, ApplicationIssueCode>>();
if (!draft.success)
  for (const found of draft.issues)
    switch (found.code) {
      case 'application.service_unknown':
        expectTypeOf(found.code).toEqualTypeOf<'application.service_unknown'>();
        break;
      case 'input.required':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<ApplicationIssueCode, 'application.service_unknown' | 'input.required'>
        >();
    }
if (!draft.success) {
  // @ts-expect-error: checking for a code the service cannot return does not compile
  if (draft.issues[0]?.code === 'application.gone') throw new Error();
}

// Every method's failure is typed so, not only the one above (passDue answers counts).
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type MethodCodes = {
  [K in keyof ApplicationsService]: ApplicationsService[K] extends (...args: never[]) => infer R
    ? IssueCodeOf<R>
    : never;
}[keyof ApplicationsService];
expectTypeOf<MethodCodes>().toEqualTypeOf<ApplicationIssueCode>();

expectTypeOf<InputIssueCode>().toMatchTypeOf<ApplicationIssueCode>();
expectTypeOf<UploadIssueCode>().toMatchTypeOf<ApplicationIssueCode>();
expectTypeOf<'file.infected'>().toMatchTypeOf<UploadIssueCode>();
expectTypeOf<'application.duty_unpaid'>().toMatchTypeOf<ApplicationIssueCode>();
expectTypeOf<'application.status.draft'>().not.toMatchTypeOf<ApplicationIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<ApplicationIssueCode>();
// @ts-expect-error: a code without a ru/en message is not an applications issue code
const unknown: ApplicationIssueCode = 'application.gone';
void unknown;
