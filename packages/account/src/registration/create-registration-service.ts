import { createId, fail, isConflict, issue, ok, prefixIssues, type Issue, readInput, type Result } from '@kabinet/core';
import type { AccountRecord, DraftContact, DraftRecord, Stored, UserType } from '@kabinet/ports';
import { z } from 'zod';
import { ACCOUNT_COLLECTIONS } from '../context/account-collections.js';
import type { AccountContext } from '../context/account-context.js';
import { registrationInputSchemas } from './registration-input-schemas.js';
import type { RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import type { DocumentView } from '../identity/identity-views.js';
import { accountKeys } from '../_lib/account-keys.js';
import { indexForm, piiContext, readContact, storeContact } from '../_lib/contact-values.js';
import { accountParty, type JournalDraft } from '../_lib/journal-draft.js';
import { hashNewPassword } from '../_lib/new-password.js';
import { sendEmail, sendSms } from '../_lib/notify.js';
import { parseDocument } from '../_lib/parse-document.js';
import { storedDocument } from '../_lib/stored-document.js';
import { guardCode, reserveSend } from '../_lib/guard-code.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { parsePersonal, type PersonalData } from '../_lib/parse-personal.js';
import { draftParty, openDraft, runDraftStep } from '../steps/run-draft-step.js';
import { isJournalKeyConflict, runAccountStep } from '../steps/run-account-step.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { storeFiles, type FileInput } from '../_lib/store-files.js';
import { applyLevel, applyLifecycle, type AppliedTransition } from '../steps/transitions.js';
import { missingDocumentGroups } from '../_lib/required-documents.js';
import { contactOwner, retiredKeyOwner } from '../_lib/contact-owner.js';
import { documentHolder, documentIndex } from '../_lib/document-index.js';

/** A registration step (ACC-3) still to do before `create`. */
export type RegistrationStep = 'user_type' | 'personal_data' | 'documents' | 'contacts' | 'password' | 'terms';

/** A contact in a draft: masked, and whether its code was entered. */
export interface DraftContactView {
  /** The contact, masked. */
  readonly masked: string;
  /** Whether the code sent to it was entered (CONTACT-3). */
  readonly confirmed: boolean;
}

/** Which terms were accepted and when. */
export interface TermsAcceptance {
  /** The accepted version. */
  readonly version: string;
  /** Epoch ms of acceptance. */
  readonly acceptedAt: number;
}

/** What a registrant sees of a draft: progress, masked values, never personal data in clear. */
export interface DraftView {
  /** The draft's id. */
  readonly draftId: string;
  /** Epoch ms after which the draft is gone (ACC-4; each step extends it). */
  readonly expiresAt: number;
  /** The chosen user type. */
  readonly userType?: UserType;
  /** Whether the personal data step is done. */
  readonly personalData: boolean;
  /** The documents added so far. */
  readonly documents: readonly DocumentView[];
  /** The phone, once given. */
  readonly phone?: DraftContactView;
  /** The e-mail, once given. */
  readonly email?: DraftContactView;
  /** Whether a password is set. */
  readonly password: boolean;
  /** The accepted terms. */
  readonly terms?: TermsAcceptance;
  /** Set once the account exists (it waits for its contacts, CONTACT-6). */
  readonly accountId?: string;
  /** Steps still needed before `create`. */
  readonly missing: readonly RegistrationStep[];
}

/** What `start` and `resume` return: the draft and its (new) resume token — keep it secret. */
export interface DraftAccess {
  /** The draft's id. */
  readonly draftId: string;
  /** The secret that opens the draft; a resume replaces it. */
  readonly resumeToken: string;
  /** The draft as it stands. */
  readonly draft: DraftView;
}

/** The account that `create` made. */
export interface CreatedAccount {
  /** The new account's id. */
  readonly accountId: string;
  /** `active`, or `contacts_pending` until both contacts are confirmed (CONTACT-6). */
  readonly lifecycle: AccountRecord['lifecycle'];
  /** `simplified` when active, else `none`. */
  readonly level: AccountRecord['level'];
}

/**
 * Registration with drafts (ACC-3, ACC-4, CONTACT-3, CONTACT-6, S-8). Every call but
 * `start` takes `{ draftId, resumeToken, … }`; every input is checked and answered with
 * issues carrying paths.
 */
export interface RegistrationService {
  /** Starts a draft `{ userType }`. */
  start(input: unknown, meta?: RequestMeta): Promise<Result<DraftAccess>>;
  /** Resumes a draft after a lost session `{ draftId, resumeToken }`: a new resume token; codes sent before stop working (OTP-2). */
  resume(input: unknown): Promise<Result<DraftAccess>>;
  /** The draft `{ draftId, resumeToken }`. */
  get(input: unknown): Promise<Result<DraftView>>;
  /** Changes the user type `{ userType }`. */
  setUserType(input: unknown): Promise<Result<DraftView>>;
  /** Personal data `{ personal: { surname, givenNames, patronymic?, latinSurname?, latinGivenNames?, birthDate, citizenship, sex?, address? } }`. */
  savePersonalData(input: unknown): Promise<Result<DraftView>>;
  /** Adds a document `{ document: { kind, … }, files?: [{ bytes, name? }] }`; files go through `checkFile` and the antivirus hook. */
  addDocument(input: unknown): Promise<Result<DraftView>>;
  /** Removes a document `{ documentId }`. */
  removeDocument(input: unknown): Promise<Result<DraftView>>;
  /** Phone and e-mail `{ phone, email }` (CONTACT-1 … CONTACT-3); a changed contact must be confirmed again. */
  setContacts(input: unknown): Promise<Result<DraftView>>;
  /** Sends the code for one contact `{ channel: 'phone' | 'email' }`; the answer never tells whether the contact is taken (S-8). */
  requestCode(input: unknown, meta?: RequestMeta): Promise<Result<CodeSent>>;
  /** Confirms a contact `{ channel, code }`; the second confirmation activates an account created meanwhile. */
  confirmCode(input: unknown, meta?: RequestMeta): Promise<Result<DraftView>>;
  /** The password `{ password }` (S-1 policy; the strength hint comes as warnings). */
  setPassword(input: unknown): Promise<Result<DraftView>>;
  /** Accepts the terms `{ termsVersion }` (must be the current version). */
  acceptTerms(input: unknown): Promise<Result<DraftView>>;
  /** Creates the account; active at once when both contacts are confirmed, otherwise waiting for them. */
  create(input: unknown, meta?: RequestMeta): Promise<Result<CreatedAccount>>;
}

// The draft's id and resume token, as every step names them.
const access = registrationInputSchemas.userType.pick({ draftId: true, resumeToken: true }).shape;
const accessSchema = z.object(access);
const personalSchema = z.object({ ...access, personal: z.record(z.string(), z.unknown()) });
const fileSchema = z.object({ bytes: z.instanceof(Uint8Array), name: z.string().max(255).optional() });
const documentSchema = z.object({ ...access, document: z.record(z.string(), z.unknown()), files: z.array(fileSchema).max(10).optional() });
const removeSchema = z.object({ ...access, documentId: z.string().min(1).max(64) });
const contactsSchema = z.object({ ...access, phone: z.unknown(), email: z.unknown() });
const passwordSchema = z.object({ ...access, password: z.unknown() });

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
  const personalOf = (draft: DraftRecord): PersonalData | undefined =>
    draft.personal === undefined ? undefined : ctx.pii.decryptJson<PersonalData>(draft.personal, piiContext('draft', draft.id, 'personal'));

  function missing(draft: DraftRecord): RegistrationStep[] {
    const out: RegistrationStep[] = [];
    if (draft.userType === undefined) out.push('user_type');
    if (draft.personal === undefined) out.push('personal_data');
    if (draft.userType !== undefined && missingDocumentGroups(draft.userType, draft.documents, ctx.policy).length > 0) out.push('documents');
    if (draft.phone === undefined || draft.email === undefined) out.push('contacts');
    if (draft.passwordHash === undefined) out.push('password');
    if (draft.termsVersion !== ctx.policy.termsVersion) out.push('terms');
    return out;
  }

  function view(draft: DraftRecord): DraftView {
    return {
      draftId: draft.id,
      expiresAt: draft.expiresAt,
      ...(draft.userType === undefined ? {} : { userType: draft.userType }),
      personalData: draft.personal !== undefined,
      documents: draft.documents.map((d) => ({ id: d.id, kind: d.kind, masked: d.masked, ...(d.expiresOn === undefined ? {} : { expiresOn: d.expiresOn }), files: d.fileIds.length })),
      ...(draft.phone === undefined ? {} : { phone: { masked: draft.phone.masked, confirmed: draft.phone.confirmedAt !== undefined } }),
      ...(draft.email === undefined ? {} : { email: { masked: draft.email.masked, confirmed: draft.email.confirmedAt !== undefined } }),
      password: draft.passwordHash !== undefined,
      ...(draft.termsVersion === undefined || draft.termsAcceptedAt === undefined ? {} : { terms: { version: draft.termsVersion, acceptedAt: draft.termsAcceptedAt } }),
      ...(draft.accountId === undefined ? {} : { accountId: draft.accountId }),
      missing: missing(draft),
    };
  }

  const notCreated = (draft: DraftRecord): Result<undefined> => (draft.accountId === undefined ? ok(undefined) : fail(issue('registration.already_created', [])));

  /** A step that edits a draft before the account exists. */
  async function edit(input: { draftId: string; resumeToken: string }, action: string, change: (draft: DraftRecord, now: number) => Promise<Result<{ draft: DraftRecord; payload?: JournalDraft['payload'] }>>): Promise<Result<DraftView>> {
    return runDraftStep(ctx, input, async (draft, now) => {
      const open = notCreated(draft);
      if (!open.success) return { result: open };
      const changed = await change(draft, now);
      if (!changed.success) return { result: changed };
      return {
        result: ok(view({ ...changed.data.draft, expiresAt: now + ctx.policy.draftTtlMs }), changed.warnings),
        draft: changed.data.draft,
        journal: [{ action, ...(changed.data.payload === undefined ? {} : { payload: changed.data.payload }) }],
      };
    });
  }

  async function activateIfReady(draft: DraftRecord, now: number): Promise<Result<undefined>> {
    if (draft.accountId === undefined || draft.phone?.confirmedAt === undefined || draft.email?.confirmedAt === undefined) return ok(undefined);
    const phoneAt = draft.phone.confirmedAt;
    const emailAt = draft.email.confirmedAt;
    return runAccountStep(ctx, draft.accountId, accountParty(draft.accountId), async (account) => {
      if (account.lifecycle !== 'contacts_pending') return { result: ok(undefined) };
      const life = applyLifecycle(account, 'contacts_confirmed', now);
      if (!life.success) return { result: life };
      const level = applyLevel(life.data.account, 'contacts_confirmed', now);
      if (!level.success) return { result: level };
      const next: AccountRecord = { ...level.data.account, phone: { ...account.phone, confirmedAt: phoneAt }, email: { ...account.email, confirmedAt: emailAt } };
      return {
        result: ok(undefined),
        account: next,
        journal: [{ action: 'account.activated', payload: { transitions: [...life.data.transitions, ...level.data.transitions].map((t) => ({ ...t })) } }],
      };
    });
  }

  return {
    async start(input) {
      const read = readInput(registrationInputSchemas.start, input);
      if (!read.success) return read;
      const now = ctx.clock.now();
      const resumeToken = newSecret(ctx.random);
      const draft = await ctx.stores.drafts.create({
        id: createId('drf', now, ctx.random),
        createdAt: now,
        updatedAt: now,
        expiresAt: now + ctx.policy.draftTtlMs,
        resumeTokenHash: hashSecret(resumeToken),
        sessionId: newSecret(ctx.random),
        userType: read.data.userType,
        documents: [],
      });
      await ctx.journal.append({ actor: draftParty(draft.id), action: 'registration.started', subject: draftParty(draft.id), payload: { userType: read.data.userType } });
      return ok({ draftId: draft.id, resumeToken, draft: view(draft) });
    },

    async resume(input) {
      const read = readInput(accessSchema, input);
      if (!read.success) return read;
      const resumeToken = newSecret(ctx.random);
      const r = await runDraftStep(ctx, read.data, async (draft) => {
        const next: DraftRecord = { ...draft, resumeTokenHash: hashSecret(resumeToken), sessionId: newSecret(ctx.random) };
        return { result: ok(next), draft: next, journal: [{ action: 'registration.resumed' }] };
      });
      return r.success ? ok({ draftId: r.data.id, resumeToken, draft: view({ ...r.data, expiresAt: ctx.clock.now() + ctx.policy.draftTtlMs }) }) : r;
    },

    async get(input) {
      const read = readInput(accessSchema, input);
      if (!read.success) return read;
      const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
      return draft === undefined ? fail(issue('registration.draft_not_found', ['draftId'])) : ok(view(draft));
    },

    async setUserType(input) {
      const read = readInput(registrationInputSchemas.userType, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.user_type_set', async (draft) => ok({ draft: { ...draft, userType: read.data.userType }, payload: { userType: read.data.userType } }));
    },

    async savePersonalData(input) {
      const read = readInput(personalSchema, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.personal_data_saved', async (draft, now) => {
        const personal = parsePersonal(read.data.personal, ['personal'], now);
        if (!personal.success) return personal;
        return ok({ draft: { ...draft, personal: ctx.pii.encryptJson(personal.data, piiContext('draft', draft.id, 'personal')) } }, personal.warnings);
      });
    },

    async addDocument(input) {
      const read = readInput(documentSchema, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.document_added', async (draft, now) => {
        const parsed = parseDocument(read.data.document, ['document'], { now, passportValidityMonths: ctx.policy.passportValidityMonths });
        if (!parsed.success) return parsed;
        if (draft.documents.some((d) => d.kind === parsed.data.kind && d.masked === parsed.data.masked)) return fail(issue('document.duplicate', ['document']));
        const files = await storeFiles(ctx, (read.data.files ?? []) as FileInput[], draft.id, parsed.data.kind, now);
        if (!files.success) return files;
        const doc = storedDocument(ctx, 'draft', draft.id, parsed.data, files.data, now);
        // One document per kind: a newer one replaces the older (a renewed permit, a new passport).
        const documents = [...draft.documents.filter((d) => d.kind !== doc.kind), doc];
        return ok({ draft: { ...draft, documents }, payload: { kind: doc.kind, files: files.data.length } }, [...(parsed.warnings ?? []), ...(files.warnings ?? [])]);
      });
    },

    async removeDocument(input) {
      const read = readInput(removeSchema, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.document_removed', async (draft) => {
        const doc = draft.documents.find((d) => d.id === read.data.documentId);
        if (doc === undefined) return fail(issue('document.not_found', ['documentId']));
        return ok({ draft: { ...draft, documents: draft.documents.filter((d) => d.id !== doc.id) }, payload: { kind: doc.kind } });
      });
    },

    async setContacts(input) {
      const read = readInput(contactsSchema, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.contacts_set', async (draft) => {
        const phone = readContact(ctx, 'phone', read.data.phone, ['phone']);
        const email = readContact(ctx, 'email', read.data.email, ['email']);
        const issues: Issue[] = [...(phone.success ? [] : phone.issues), ...(email.success ? [] : email.issues)];
        if (!phone.success || !email.success) return fail(issues);
        // S-8: nothing here looks at other accounts; a taken contact is only found out by its owner.
        const keep = (old: DraftContact | undefined, blind: string): DraftContact | undefined => (old?.blindIndex === blind ? old : undefined);
        const nextPhone = keep(draft.phone, phone.data.blindIndex) ?? storeContact(ctx, phone.data, piiContext('draft', draft.id, 'phone'));
        const nextEmail = keep(draft.email, email.data.blindIndex) ?? storeContact(ctx, email.data, piiContext('draft', draft.id, 'email'));
        return ok({ draft: { ...draft, phone: nextPhone, email: nextEmail }, payload: { phone: phone.data.masked, email: email.data.masked } }, [...(phone.warnings ?? []), ...(email.warnings ?? [])]);
      });
    },

    async requestCode(input, meta = {}) {
      const read = readInput(registrationInputSchemas.requestCode, input);
      if (!read.success) return read;
      const { channel } = read.data;
      const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
      if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
      const contact = draft[channel];
      if (contact === undefined) return fail(issue('registration.contact_not_set', ['channel']));
      if (contact.confirmedAt !== undefined) return fail(issue('registration.contact_confirmed', ['channel']));
      const otpChannel = channel === 'phone' ? ('sms' as const) : ('email' as const);
      // S-5: limits are keyed on the destination, so a new draft does not reset them; and on the
      // claim budget, so drafts naming an account's confirmed contact cannot spend its owner's.
      const reserved = await reserveSend(ctx, otpChannel, contact.blindIndex, meta.ip, 'claim');
      if (!reserved.success) return fail(prefixIssues(['channel'], reserved.issues));
      const destination = ctx.pii.decrypt(contact.value, piiContext('draft', draft.id, channel));
      const otpInput = { purpose: 'registration' as const, channel: otpChannel, destination, sessionId: draft.sessionId, subject: draft.id };
      // By the contact itself, not the draft's index, which may be under a key retired since.
      const owner = await contactOwner(ctx, channel, destination);
      let challenge: { challengeId: string; destinationMasked: string; codeExpiresAt: number };
      if (owner !== undefined && owner.id !== draft.accountId) {
        // S-8: the contact is taken. Answer exactly as usual, but tell the contact's owner
        // instead of sending a code; the challenge exists so a confirmation fails as a wrong code.
        const issued = await ctx.otp.issue(otpInput);
        if (!issued.success) return issued;
        challenge = issued.data;
        const notice = { code: 'notice.already_registered', purpose: 'notice' as const };
        if (channel === 'phone') await sendSms(ctx, destination, notice);
        else await sendEmail(ctx, destination, notice);
      } else {
        const sent = await ctx.otp.issueAndSend(otpInput, ctx.senders, { locale: ctx.locale });
        if (!sent.success) return sent;
        challenge = sent.data;
      }
      return runDraftStep(ctx, read.data, async (fresh) => {
        const current = fresh[channel];
        if (current?.blindIndex !== contact.blindIndex || fresh.sessionId !== draft.sessionId) return { result: fail(issue('registration.contact_not_set', ['channel'])) };
        return {
          result: ok({ channel, sentTo: challenge.destinationMasked, expiresAt: challenge.codeExpiresAt }),
          draft: { ...fresh, [channel]: { ...current, challengeId: challenge.challengeId } },
          journal: [{ action: 'registration.code_sent', payload: { channel } }],
        };
      });
    },

    async confirmCode(input, meta = {}) {
      const read = readInput(registrationInputSchemas.confirmCode, input);
      if (!read.success) return read;
      const { channel, code } = read.data;
      const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
      if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
      const contact = draft[channel];
      if (contact === undefined || contact.challengeId === undefined) return fail(issue('registration.contact_not_set', ['channel']));
      if (contact.confirmedAt !== undefined) return fail(issue('registration.contact_confirmed', ['channel']));
      const challengeId = contact.challengeId;
      // OTP-3: a wrong code blocks this phone or e-mail for five minutes, whatever the flow.
      const guarded = await guardCode(ctx, `${channel}:${contact.blindIndex}`, meta.ip, () => ctx.otp.verify({ challengeId, sessionId: draft.sessionId, code }));
      if (!guarded.success) return guarded;
      const verdict = guarded.data;
      // A resumed draft has a new session: its old codes answer as expired (OTP-2).
      if (verdict.outcome !== 'ok') return fail(codeOutcomeIssue(verdict.outcome));
      let confirmed: DraftRecord | undefined;
      const r = await runDraftStep(ctx, read.data, async (fresh, now) => {
        const current = fresh[channel];
        if (current?.challengeId !== challengeId) return { result: fail(issue('auth.code_expired', ['code'])) };
        if (current.confirmedAt !== undefined) return { result: ok(view(fresh)) };
        const next: DraftRecord = { ...fresh, [channel]: { ...current, confirmedAt: now } };
        confirmed = next;
        return { result: ok(view(next)), draft: next, journal: [{ action: 'registration.contact_confirmed', payload: { channel } }] };
      });
      if (!r.success || confirmed === undefined) return r;
      const activated = await activateIfReady(confirmed, ctx.clock.now());
      if (!activated.success) return activated;
      if (confirmed.accountId !== undefined && confirmed.phone?.confirmedAt !== undefined && confirmed.email?.confirmedAt !== undefined) {
        // Registration is finished: the draft goes (ACC-4 keeps it only until then).
        const done = await ctx.stores.drafts.get(confirmed.id);
        if (done !== undefined) {
          try {
            await ctx.stores.drafts.delete(done.id, done.version);
          } catch (error) {
            if (!isConflict(error)) throw error;
          }
        }
      }
      return r;
    },

    async setPassword(input) {
      const read = readInput(passwordSchema, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.password_set', async (draft) => {
        const personal = personalOf(draft);
        const hashed = await hashNewPassword(
          ctx,
          read.data.password,
          {
            names: personal === undefined ? [] : [personal.surname, personal.givenNames, personal.patronymic, personal.latinSurname, personal.latinGivenNames].filter((n): n is string => n !== undefined),
            ...(draft.email === undefined ? {} : { email: ctx.pii.decrypt(draft.email.value, piiContext('draft', draft.id, 'email')) }),
            ...(draft.phone === undefined ? {} : { phone: ctx.pii.decrypt(draft.phone.value, piiContext('draft', draft.id, 'phone')) }),
            words: [ctx.serviceName],
          },
          [],
        );
        if (!hashed.success) return hashed;
        return ok({ draft: { ...draft, passwordHash: hashed.data } }, hashed.warnings);
      });
    },

    async acceptTerms(input) {
      const read = readInput(registrationInputSchemas.acceptTerms, input);
      if (!read.success) return read;
      return edit(read.data, 'registration.terms_accepted', async (draft, now) => {
        if (read.data.termsVersion !== ctx.policy.termsVersion) return fail(issue('registration.terms_version', ['termsVersion'], { version: ctx.policy.termsVersion }));
        return ok({ draft: { ...draft, termsVersion: read.data.termsVersion, termsAcceptedAt: now }, payload: { version: read.data.termsVersion } });
      });
    },

    async create(input) {
      const read = readInput(accessSchema, input);
      if (!read.success) return read;
      for (let round = 0; round <= ctx.policy.conflictRetries; round++) {
        const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
        if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
        if (draft.accountId !== undefined) return fail(issue('registration.already_created', []));
        const todo = missing(draft);
        if (todo.length > 0) return fail(todo.map((step) => issue('registration.step_missing', [], { step })));
        const now = ctx.clock.now();
        const id = createId('acc', now, ctx.random);
        const built = buildAccount(ctx, draft, id, now);
        // One person, one account: a document another account holds is refused without saying
        // which account (contact support), and journaled on the draft and on the holder.
        const documentTaken = async (): Promise<Result<never> | undefined> => {
          for (const doc of built.account.documents) {
            const holder = await documentHolder(ctx, doc.kind, built.documentFields[doc.id] ?? {});
            if (holder === undefined) continue;
            await ctx.journal.append({ actor: draftParty(draft.id), action: 'registration.document_refused', subject: draftParty(draft.id), payload: { kind: doc.kind } });
            await ctx.journal.append({ actor: { type: 'system', id: 'identity' }, action: 'identity.document_reuse_refused', subject: accountParty(holder.id), payload: { kind: doc.kind, attempt: 'registration' } });
            return fail(issue('document.unavailable', ['documents'], { kind: doc.kind }));
          }
          return undefined;
        };
        const taken = await documentTaken();
        if (taken !== undefined) return taken;
        // The store's unique keys cover the current blind-index key; an owner not yet re-keyed after a rotation is looked up.
        for (const channel of ['phone', 'email'] as const) {
          if ((await retiredKeyOwner(ctx, channel, built.contacts[channel])) !== undefined) return fail(issue('contact.unavailable', []));
        }
        // One unit: the draft is claimed (so two submits cannot create two accounts), the account
        // created and journaled, and a finished draft removed — together or not at all on a
        // backend with a unit of work; a crash in between leaves no claimed draft without its account.
        let claimed: Stored<DraftRecord> | undefined;
        try {
          await ctx.units.run(async (unit) => {
            const drafts = unit.versioned<DraftRecord>(ACCOUNT_COLLECTIONS.drafts);
            const { version, ...plain } = draft;
            claimed = await drafts.update({ ...plain, accountId: id, updatedAt: now }, version);
            await unit.versioned<AccountRecord>(ACCOUNT_COLLECTIONS.accounts).create(built.account, { uniqueKeys: accountKeys(built.account) });
            await unit.append({
              actor: draftParty(draft.id),
              action: 'account.created',
              subject: accountParty(id),
              // The first contact versions of the history (CONTACT-5); the payload is encrypted beside the chain.
              payload: {
                draftId: draft.id,
                userType: built.account.userType,
                documents: built.account.documents.map((d) => d.kind),
                transitions: built.transitions.map((t) => ({ ...t })),
                phone: built.contacts.phone,
                email: built.contacts.email,
              },
            });
            if (built.active) await drafts.delete(claimed.id, claimed.version);
          });
        } catch (error) {
          if (!isConflict(error)) throw error;
          // Without a unit of work the claim may have been written before the account failed: undo it.
          if (claimed !== undefined && !ctx.units.atomic) {
            const { version, accountId: _a, ...plain } = claimed;
            await ctx.stores.drafts.update(plain, version).catch(() => undefined);
          }
          // The draft moved (another submit): decide again. Otherwise the account lost on a unique key.
          if (claimed === undefined || isJournalKeyConflict(error)) continue;
          return (await documentTaken()) ?? fail(issue('contact.unavailable', []));
        }
        return ok({ accountId: id, lifecycle: built.account.lifecycle, level: built.account.level });
      }
      return fail(issue('registration.draft_not_found', ['draftId']));
    },
  };
}

/** The account a finished draft becomes, its personal data re-encrypted for the account (ACC-10). */
function buildAccount(
  ctx: AccountContext,
  draft: DraftRecord,
  id: string,
  now: number,
): { account: AccountRecord; transitions: AppliedTransition[]; active: boolean; contacts: { phone: string; email: string }; documentFields: Record<string, Record<string, string>> } {
  const personal = ctx.pii.decryptJson<PersonalData>(draft.personal!, piiContext('draft', draft.id, 'personal'));
  const contacts = {
    phone: ctx.pii.decrypt(draft.phone!.value, piiContext('draft', draft.id, 'phone')),
    email: ctx.pii.decrypt(draft.email!.value, piiContext('draft', draft.id, 'email')),
  };
  const recontact = (channel: 'phone' | 'email'): AccountRecord['phone'] => {
    const value = contacts[channel];
    // Indexed under the current key, even when the draft was started before a key rotation.
    return { value: ctx.pii.encrypt(value, piiContext('account', id, channel)), blindIndex: ctx.blindIndex(channel, indexForm(channel, value)), masked: draft[channel]!.masked };
  };
  const documentFields: Record<string, Record<string, string>> = {};
  const documents = draft.documents.map((d) => {
    const plain = ctx.pii.decrypt(d.data, piiContext('draft', draft.id, `document:${d.id}`));
    const fields = JSON.parse(plain) as Record<string, string>;
    documentFields[d.id] = fields;
    // Indexed under the current key: the account's unique key for the document (one person, one account).
    const index = documentIndex(ctx, d.kind, fields);
    const { blindIndex: _stale, ...rest } = d;
    return { ...rest, data: ctx.pii.encrypt(plain, piiContext('account', id, `document:${d.id}`)), ...(index === undefined ? {} : { blindIndex: index }) };
  });
  let account: AccountRecord = {
    id,
    userType: draft.userType!,
    lifecycle: 'draft',
    level: 'none',
    createdAt: now,
    updatedAt: now,
    personal: ctx.pii.encryptJson(personal, piiContext('account', id, 'personal')),
    phone: recontact('phone'),
    email: recontact('email'),
    extra: { messengers: [] },
    pendingContactChanges: [],
    documents,
    password: { hash: draft.passwordHash!, changedAt: now, previous: [] },
    secondFactor: { method: 'sms' },
    identityChecks: [],
    sessionIds: [],
    blockedIps: [],
    termsVersion: draft.termsVersion!,
    termsAcceptedAt: draft.termsAcceptedAt!,
  };
  const transitions: AppliedTransition[] = [];
  const submitted = applyLifecycle(account, 'submit', now);
  if (submitted.success) {
    account = submitted.data.account;
    transitions.push(...submitted.data.transitions);
  }
  const active = draft.phone?.confirmedAt !== undefined && draft.email?.confirmedAt !== undefined;
  if (active) {
    // CONTACT-6: active only with both contacts confirmed; the level rises to simplified (ACC-2).
    const life = applyLifecycle(account, 'contacts_confirmed', now);
    if (life.success) {
      const level = applyLevel(life.data.account, 'contacts_confirmed', now);
      if (level.success) {
        account = { ...level.data.account, phone: { ...account.phone, confirmedAt: draft.phone!.confirmedAt! }, email: { ...account.email, confirmedAt: draft.email!.confirmedAt! } };
        transitions.push(...life.data.transitions, ...level.data.transitions);
      }
    }
  }
  return { account, transitions, active, contacts, documentFields };
}
