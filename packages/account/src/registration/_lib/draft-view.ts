import type { DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { piiContext } from '../../_lib/contact-values.js';
import type { PersonalData } from '../../_lib/parse-personal.js';
import { missingDocumentGroups } from '../../_lib/required-documents.js';
import type { DraftView, RegistrationStep } from '../registration-results.js';

/** The draft's personal data, decrypted, once saved. */
export const personalOf = (ctx: AccountContext, draft: DraftRecord): PersonalData | undefined =>
  draft.personal === undefined
    ? undefined
    : ctx.pii.decryptJson<PersonalData>(draft.personal, piiContext('draft', draft.id, 'personal'));

/** The registration steps (ACC-3) a draft still needs before `create`. */
export function missingSteps(ctx: AccountContext, draft: DraftRecord): RegistrationStep[] {
  const out: RegistrationStep[] = [];
  if (draft.userType === undefined) out.push('user_type');
  if (draft.personal === undefined) out.push('personal_data');
  if (
    draft.userType !== undefined &&
    missingDocumentGroups(draft.userType, draft.documents, ctx.policy).length > 0
  )
    out.push('documents');
  if (draft.phone === undefined || draft.email === undefined) out.push('contacts');
  if (draft.passwordHash === undefined) out.push('password');
  if (draft.termsVersion !== ctx.policy.termsVersion) out.push('terms');
  return out;
}

/** What a registrant sees of a draft: progress and masked values, never personal data in clear. */
export function draftView(ctx: AccountContext, draft: DraftRecord): DraftView {
  return {
    draftId: draft.id,
    expiresAt: draft.expiresAt,
    ...(draft.userType === undefined ? {} : { userType: draft.userType }),
    personalData: draft.personal !== undefined,
    documents: draft.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      masked: d.masked,
      ...(d.expiresOn === undefined ? {} : { expiresOn: d.expiresOn }),
      files: d.fileIds.length,
    })),
    ...(draft.phone === undefined
      ? {}
      : {
          phone: { masked: draft.phone.masked, confirmed: draft.phone.confirmedAt !== undefined },
        }),
    ...(draft.email === undefined
      ? {}
      : {
          email: { masked: draft.email.masked, confirmed: draft.email.confirmedAt !== undefined },
        }),
    password: draft.passwordHash !== undefined,
    ...(draft.termsVersion === undefined || draft.termsAcceptedAt === undefined
      ? {}
      : { terms: { version: draft.termsVersion, acceptedAt: draft.termsAcceptedAt } }),
    ...(draft.accountId === undefined ? {} : { accountId: draft.accountId }),
    missing: missingSteps(ctx, draft),
  };
}
