import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { activateConfirmation } from './activate-confirmation.js';
import { addIdentityDocument } from './add-identity-document.js';
import { answerClarification } from './answer-clarification.js';
import { cancelCheck } from './cancel-check.js';
import { checkDocuments } from './check-documents.js';
import { enterCode } from './enter-code.js';
import type { IdentityInput } from './identity-input-schemas.js';
import { identityStatus } from './identity-status.js';
import type { CheckView, IdentityView } from './identity-views.js';
import { startConfirmation } from './start-confirmation.js';
import { updateAddress } from './update-address.js';
import type { AccountResult } from '../messages/account-result.js';

/** Identity: documents and the standard level, confirmation methods and the confirmed level, clarifications (ACC-2, ACC-5 … ACC-7, DOC-*). */
export interface IdentityService {
  /** The identity view; delayed registry look-ups whose time has come are retried first. */
  status(auth: AuthContext): Promise<AccountResult<IdentityView>>;
  /**
   * Adds or replaces a document `{ document: { kind, … }, files? }`. For a residence-permit
   * holder at the standard level or above, a new permit re-opens the registry check (ACC-6).
   */
  addDocument(
    auth: AuthContext,
    input: IdentityInput<'addDocument'>,
  ): Promise<AccountResult<IdentityView>>;
  /** Changes the address `{ address }` (DOC-10); for a permit holder it re-opens the check (ACC-6). */
  updateAddress(
    auth: AuthContext,
    input: IdentityInput<'updateAddress'>,
  ): Promise<AccountResult<IdentityView>>;
  /** Sends the documents to the registry check that lifts the account to standard (ACC-2, ACC-5). */
  checkDocuments(auth: AuthContext): Promise<AccountResult<CheckView>>;
  /**
   * Starts a confirmation `{ method, evidence }` for the confirmed level (ACC-7), standard
   * level required: `document_upload` `{ files }`, `bank` `{ bankId, attestationId, cardLast4? }`,
   * `e_signature` `{ certificateSerial, issuer }`, `sms_code` `{}` (a code to the registered
   * phone), `video` `{ appointmentAt }`, `registered_mail` `{}` (the letter is then dispatched
   * by support). `in_person` is started by an operator (`support.verifyInPerson`).
   */
  startConfirmation(
    auth: AuthContext,
    input: IdentityInput<'startConfirmation'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<CheckView>>;
  /** Enters a code `{ checkId, code }`: the SMS code, or the code from the registered letter. */
  enterCode(
    auth: AuthContext,
    input: IdentityInput<'enterCode'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<CheckView>>;
  /**
   * Answers a clarification request `{ checkId, personal?, documents?, files? }` with
   * corrected data (within 48 hours, or to lift the restriction after them): the registry
   * check runs again.
   */
  answerClarification(
    auth: AuthContext,
    input: IdentityInput<'answerClarification'>,
  ): Promise<AccountResult<CheckView>>;
  /** Cancels an unfinished check `{ checkId }`. */
  cancel(auth: AuthContext, input: IdentityInput<'cancel'>): Promise<AccountResult<CheckView>>;
  /** Uses the activation link sent by SMS after an in-person visit `{ token }` (no session needed). */
  activate(input: IdentityInput<'activate'>): Promise<AccountResult<CheckView>>;
}

/**
 * Creates the identity service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const identity = createIdentityService(ctx);
 * const check = await identity.checkDocuments(auth);          // registry check → standard
 * await identity.startConfirmation(auth, { method: 'bank', evidence: { bankId: 'sber', attestationId: 'att-42' } });
 * ```
 */
export function createIdentityService(ctx: AccountContext): IdentityService {
  return {
    status: (auth) => identityStatus(ctx, auth),
    addDocument: (auth, input) => addIdentityDocument(ctx, auth, input),
    updateAddress: (auth, input) => updateAddress(ctx, auth, input),
    checkDocuments: (auth) => checkDocuments(ctx, auth),
    startConfirmation: (auth, input, meta) => startConfirmation(ctx, auth, input, meta),
    enterCode: (auth, input, meta) => enterCode(ctx, auth, input, meta),
    answerClarification: (auth, input) => answerClarification(ctx, auth, input),
    cancel: (auth, input) => cancelCheck(ctx, auth, input),
    activate: (input) => activateConfirmation(ctx, input),
  };
}
