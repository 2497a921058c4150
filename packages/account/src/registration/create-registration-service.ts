import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import { acceptTerms } from './accept-terms.js';
import { addDocument } from './add-document.js';
import { confirmCode } from './confirm-code.js';
import { createAccount } from './create-account.js';
import { getDraft } from './get-draft.js';
import type { RegistrationInput } from './registration-input-schemas.js';
import type { CreatedAccount, DraftAccess, DraftView } from './registration-results.js';
import { removeDocument } from './remove-document.js';
import { requestCode } from './request-code.js';
import { resumeDraft } from './resume-draft.js';
import { savePersonalData } from './save-personal-data.js';
import { setContacts } from './set-contacts.js';
import { setPassword } from './set-password.js';
import { setUserType } from './set-user-type.js';
import { startDraft } from './start-draft.js';
import type { AccountResult } from '../messages/account-result.js';

export type {
  CreatedAccount,
  DraftAccess,
  DraftContactView,
  DraftView,
  RegistrationStep,
  TermsAcceptance,
} from './registration-results.js';

/**
 * Registration with drafts (ACC-3, ACC-4, CONTACT-3, CONTACT-6, S-8). Every call but
 * `start` takes `{ draftId, resumeToken, … }`; every input is checked and answered with
 * issues carrying paths.
 */
export interface RegistrationService {
  /** Starts a draft `{ userType }`. */
  start(input: RegistrationInput<'start'>, meta?: RequestMeta): Promise<AccountResult<DraftAccess>>;
  /** Resumes a draft after a lost session `{ draftId, resumeToken }`: a new resume token; codes sent before stop working (OTP-2). */
  resume(input: RegistrationInput<'draft'>): Promise<AccountResult<DraftAccess>>;
  /** The draft `{ draftId, resumeToken }`. */
  get(input: RegistrationInput<'draft'>): Promise<AccountResult<DraftView>>;
  /** Changes the user type `{ userType }`. */
  setUserType(input: RegistrationInput<'userType'>): Promise<AccountResult<DraftView>>;
  /** Personal data `{ personal: { surname, givenNames, patronymic?, latinSurname?, latinGivenNames?, birthDate, citizenship, sex?, address? } }`. */
  savePersonalData(input: RegistrationInput<'personalData'>): Promise<AccountResult<DraftView>>;
  /** Adds a document `{ document: { kind, … }, files?: [{ bytes, name? }] }`; files go through `checkFile` and the antivirus hook. */
  addDocument(input: RegistrationInput<'addDocument'>): Promise<AccountResult<DraftView>>;
  /** Removes a document `{ documentId }`. */
  removeDocument(input: RegistrationInput<'removeDocument'>): Promise<AccountResult<DraftView>>;
  /** Phone and e-mail `{ phone, email }` (CONTACT-1 … CONTACT-3); a changed contact must be confirmed again. */
  setContacts(input: RegistrationInput<'setContacts'>): Promise<AccountResult<DraftView>>;
  /** Sends the code for one contact `{ channel: 'phone' | 'email' }`; the answer never tells whether the contact is taken (S-8). */
  requestCode(
    input: RegistrationInput<'requestCode'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<CodeSent>>;
  /** Confirms a contact `{ channel, code }`; the second confirmation activates an account created meanwhile. */
  confirmCode(
    input: RegistrationInput<'confirmCode'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<DraftView>>;
  /** The password `{ password }` (S-1 policy; the strength hint comes as warnings). */
  setPassword(input: RegistrationInput<'setPassword'>): Promise<AccountResult<DraftView>>;
  /** Accepts the terms `{ termsVersion }` (must be the current version). */
  acceptTerms(input: RegistrationInput<'acceptTerms'>): Promise<AccountResult<DraftView>>;
  /** Creates the account; active at once when both contacts are confirmed, otherwise waiting for them. */
  create(
    input: RegistrationInput<'draft'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<CreatedAccount>>;
}

/**
 * Creates the registration service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const registration = createRegistrationService(ctx);
 * const started = await registration.start({ userType: 'foreign_citizen' });
 * if (started.success) {
 *   const { draftId, resumeToken } = started.data;
 *   await registration.setContacts({ draftId, resumeToken, phone: '+998901234567', email: 'aziz@example.uz' });
 *   await registration.requestCode({ draftId, resumeToken, channel: 'phone' });
 * }
 * ```
 */
export function createRegistrationService(ctx: AccountContext): RegistrationService {
  return {
    start: (input) => startDraft(ctx, input),
    resume: (input) => resumeDraft(ctx, input),
    get: (input) => getDraft(ctx, input),
    setUserType: (input) => setUserType(ctx, input),
    savePersonalData: (input) => savePersonalData(ctx, input),
    addDocument: (input) => addDocument(ctx, input),
    removeDocument: (input) => removeDocument(ctx, input),
    setContacts: (input) => setContacts(ctx, input),
    requestCode: (input, meta) => requestCode(ctx, input, meta),
    confirmCode: (input, meta) => confirmCode(ctx, input, meta),
    setPassword: (input) => setPassword(ctx, input),
    acceptTerms: (input) => acceptTerms(ctx, input),
    create: (input) => createAccount(ctx, input),
  };
}
