import type { ConfirmationMethod } from '@kabinet/ports';

/**
 * Every confirmation method for the confirmed level (ACC-7), in the order the portal offers
 * them: the identity inputs accept these, the default policy enables them all.
 */
export const CONFIRMATION_METHODS = [
  'document_upload',
  'bank',
  'sms_code',
  'video',
  'e_signature',
  'registered_mail',
  'in_person',
] as const satisfies readonly ConfirmationMethod[];

// A method added to the port's union but not here does not compile.
const everyMethod: readonly (typeof CONFIRMATION_METHODS)[number][] = [] as ConfirmationMethod[];
void everyMethod;
