import type { AccountRecord, IdentityConfirmationRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { CheckView, IdentityView } from '../identity/identity-views.js';
import { missingDocumentGroups } from './required-documents.js';

/** The view of one check. */
export function checkView(check: IdentityConfirmationRecord): CheckView {
  return {
    checkId: check.id,
    kind: check.kind,
    state: check.state,
    createdAt: check.createdAt,
    updatedAt: check.updatedAt,
    defects: check.defects,
    ...(check.deadline === undefined ? {} : { deadline: check.deadline }),
    ...(check.retryAt === undefined ? {} : { retryAt: check.retryAt }),
    summary: check.summary,
    ...(check.trackingNumber === undefined ? {} : { trackingNumber: check.trackingNumber }),
    ...(check.appointmentAt === undefined ? {} : { appointmentAt: check.appointmentAt }),
    registryLookups: check.registryChecks.length,
  };
}

/** The identity view of an account. */
export function identityView(ctx: AccountContext, account: AccountRecord): IdentityView {
  const open = account.identityChecks.find(
    (c) => c.state === 'clarification_requested' || c.state === 'overdue',
  );
  return {
    userType: account.userType,
    level: account.level,
    lifecycle: account.lifecycle,
    documents: account.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      masked: d.masked,
      ...(d.expiresOn === undefined ? {} : { expiresOn: d.expiresOn }),
      files: d.fileIds.length,
    })),
    missingDocuments: missingDocumentGroups(account.userType, account.documents, ctx.policy),
    checks: account.identityChecks.map(checkView),
    ...(open === undefined || open.deadline === undefined
      ? {}
      : {
          clarification: {
            checkId: open.id,
            defects: open.defects,
            deadline: open.deadline,
            overdue: open.state === 'overdue',
          },
        }),
    methods: ctx.policy.confirmationMethods,
  };
}
