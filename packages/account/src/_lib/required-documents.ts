import type { AccountPolicy } from '../policy/account-policy.js';
import type { DocumentKind, StoredDocument, UserType } from '@kabinet/ports';

/**
 * The required document groups (ACC-2, ACC-6, DOC-2) a profile does not satisfy yet: for a
 * residence-permit holder the passport, the permit and SNILS; for a foreign citizen the
 * passport and a migration card or visa. Each group is "one of these kinds".
 */
export function missingDocumentGroups(
  userType: UserType,
  documents: readonly Pick<StoredDocument, 'kind'>[],
  policy: Pick<AccountPolicy, 'requiredDocuments'>,
): (readonly DocumentKind[])[] {
  const kinds = new Set(documents.map((d) => d.kind));
  return policy.requiredDocuments[userType].filter(
    (group) => !group.some((kind) => kinds.has(kind)),
  );
}
