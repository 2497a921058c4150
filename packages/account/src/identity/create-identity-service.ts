import { fail, issue, ok, type Issue, readInput, type Result } from '@kabinet/core';
import type { AccountRecord, ConfirmationMethod, IdentityConfirmationRecord, Stored } from '@kabinet/ports';
import { checkPassportValidity } from '@kabinet/validators/document-validity';
import { parseAddress } from '@kabinet/validators/address';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import { identityInputSchemas } from './identity-input-schemas.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { readContactValue, readPersonal } from '../_lib/account-pii.js';
import { codeOutcomeIssue, type CodeIssueCodes } from '../_lib/code-outcome.js';
import { piiContext } from '../_lib/contact-values.js';
import { guardCode, reserveSend } from '../_lib/guard-code.js';
import { lookUpRegistry } from '../_lib/registry-check.js';
import { applyCheckEvent } from '../steps/transitions.js';
import { advanceCheck, newCheck, noticeFor } from '../steps/identity-steps.js';
import { checkView, identityView } from '../_lib/identity-view.js';
import { accountParty, SYSTEM_CLOCK } from '../_lib/journal-draft.js';
import { parseDocument, type ParsedDocument } from '../_lib/parse-document.js';
import { parsePersonal } from '../_lib/parse-personal.js';
import { missingDocumentGroups } from '../_lib/required-documents.js';
import { requireSession } from '../_lib/require-session.js';
import { loadAccount, runAccountStep, type StepOutcome } from '../steps/run-account-step.js';
import { hashSecret } from '../_lib/secrets.js';
import { verifySecretMac } from '../_lib/secret-mac.js';
import { storedDocument } from '../_lib/stored-document.js';
import { documentHolder } from '../_lib/document-index.js';
import { storeFiles, type FileInput } from '../_lib/store-files.js';
import type { CheckView, IdentityView } from './identity-views.js';

/** Identity: documents and the standard level, confirmation methods and the confirmed level, clarifications (ACC-2, ACC-5 … ACC-7, DOC-*). */
export interface IdentityService {
  /** The identity view; delayed registry look-ups whose time has come are retried first. */
  status(auth: AuthContext): Promise<Result<IdentityView>>;
  /**
   * Adds or replaces a document `{ document: { kind, … }, files? }`. For a residence-permit
   * holder at the standard level or above, a new permit re-opens the registry check (ACC-6).
   */
  addDocument(auth: AuthContext, input: unknown): Promise<Result<IdentityView>>;
  /** Changes the address `{ address }` (DOC-10); for a permit holder it re-opens the check (ACC-6). */
  updateAddress(auth: AuthContext, input: unknown): Promise<Result<IdentityView>>;
  /** Sends the documents to the registry check that lifts the account to standard (ACC-2, ACC-5). */
  checkDocuments(auth: AuthContext): Promise<Result<CheckView>>;
  /**
   * Starts a confirmation `{ method, evidence }` for the confirmed level (ACC-7), standard
   * level required: `document_upload` `{ files }`, `bank` `{ bankId, attestationId, cardLast4? }`,
   * `e_signature` `{ certificateSerial, issuer }`, `sms_code` `{}` (a code to the registered
   * phone), `video` `{ appointmentAt }`, `registered_mail` `{}` (the letter is then dispatched
   * by support). `in_person` is started by an operator (`support.verifyInPerson`).
   */
  startConfirmation(auth: AuthContext, input: unknown, meta?: RequestMeta): Promise<Result<CheckView>>;
  /** Enters a code `{ checkId, code }`: the SMS code, or the code from the registered letter. */
  enterCode(auth: AuthContext, input: unknown, meta?: RequestMeta): Promise<Result<CheckView>>;
  /**
   * Answers a clarification request `{ checkId, personal?, documents?, files? }` with
   * corrected data (within 48 hours, or to lift the restriction after them): the registry
   * check runs again.
   */
  answerClarification(auth: AuthContext, input: unknown): Promise<Result<CheckView>>;
  /** Cancels an unfinished check `{ checkId }`. */
  cancel(auth: AuthContext, input: unknown): Promise<Result<CheckView>>;
  /** Uses the activation link sent by SMS after an in-person visit `{ token }` (no session needed). */
  activate(input: unknown): Promise<Result<CheckView>>;
}

const fileSchema = z.object({ bytes: z.instanceof(Uint8Array), name: z.string().max(255).optional() });
const addDocumentSchema = z.object({ document: z.record(z.string(), z.unknown()), files: z.array(fileSchema).max(10).optional() });
const addressSchema = z.object({ address: z.unknown() });
const METHODS = ['document_upload', 'bank', 'sms_code', 'video', 'e_signature', 'registered_mail', 'in_person'] as const;
const startSchema = z.object({ method: z.enum(METHODS), evidence: z.record(z.string(), z.unknown()).optional() });
const bankSchema = z.object({ bankId: z.string().min(2).max(64), attestationId: z.string().min(4).max(128), cardLast4: z.string().regex(/^\d{4}$/).optional() });
const signatureSchema = z.object({ certificateSerial: z.string().regex(/^[0-9A-Fa-f]{8,64}$/), issuer: z.string().min(2).max(200) });
const videoSchema = z.object({ appointmentAt: z.union([z.number().int().positive(), z.string().min(10).max(40)]) });
const uploadSchema = z.object({ files: z.array(fileSchema).min(1).max(10) });
/** Identity confirmation answers a failed code in its own namespace (no separate "exhausted": ask for a new code). */
const IDENTITY_CODE_ISSUES: CodeIssueCodes = { wrong: 'identity.wrong_code', expired: 'identity.code_expired', exhausted: 'identity.code_expired' };
const answerSchema = z.object({
  checkId: z.string().min(1).max(64),
  personal: z.record(z.string(), z.unknown()).optional(),
  documents: z.array(z.record(z.string(), z.unknown())).max(6).optional(),
  files: z.array(fileSchema).max(10).optional(),
});
const checkIdSchema = z.object({ checkId: z.string().min(1).max(64) });

const OPEN: ReadonlySet<string> = new Set(['started', 'awaiting_code', 'appointment_booked', 'in_transit', 'activation_sent', 'checking', 'clarification_requested', 'overdue']);

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
  const invalid = fail(issue('session.invalid', []));

  /** Retries the delayed registry look-ups whose time has come (OTP-7), as the system. */
  async function retryDelayed(accountId: string): Promise<void> {
    const account = await loadAccount(ctx, accountId);
    const now = ctx.clock.now();
    const due = account?.identityChecks.filter((c) => c.state === 'checking' && c.retryAt !== undefined && c.retryAt <= now) ?? [];
    for (const check of due) {
      let before: AccountRecord | undefined;
      let after: AccountRecord | undefined;
      await runAccountStep(ctx, accountId, SYSTEM_CLOCK, async (current, at) => {
        const fresh = current.identityChecks.find((c) => c.id === check.id);
        if (fresh?.state !== 'checking' || fresh.retryAt === undefined || fresh.retryAt > at) return { result: ok(undefined) };
        const registry = await lookUpRegistry(ctx, current, fresh, at);
        const applied = applyCheckEvent(current, fresh.id, registry.event, registry.patch, at);
        if (!applied.success) return { result: ok(undefined) };
        before = current;
        after = applied.data.account;
        return {
          result: ok(undefined),
          account: applied.data.account,
          journal: [{ action: 'identity.registry_retried', payload: { checkId: fresh.id, kind: fresh.kind, registry: registry.outcome, transitions: applied.data.transitions.map((t) => ({ ...t })) } }],
        };
      });
      if (before !== undefined && after !== undefined) await noticeFor(ctx, before, after, check.id);
    }
  }

  async function owned(auth: AuthContext, options: { allowRestricted?: boolean } = {}): Promise<Result<Stored<AccountRecord>>> {
    const session = await requireSession(ctx, auth);
    if (!session.success) return session;
    await retryDelayed(auth.accountId);
    const account = await loadAccount(ctx, auth.accountId);
    if (account === undefined) return invalid;
    const usable = account.lifecycle === 'active' || account.lifecycle === 'clarification_requested' || (options.allowRestricted === true && account.lifecycle === 'restricted');
    if (!usable) return fail(issue(account.lifecycle === 'restricted' ? 'account.restricted' : 'account.not_usable', []));
    return ok(account);
  }

  /** Runs a check step on the account, journals it with its transitions and registry outcome, and tells the holder. */
  async function checkStep(
    auth: AuthContext | { accountId: string },
    action: string,
    decide: (account: AccountRecord, now: number) => Promise<Result<{ account: AccountRecord; checkId: string; transitions: readonly { machine: string; from: string; event: string; to: string }[]; registry?: object; extra?: Record<string, string | number | boolean> }>>,
    actor = accountParty(auth.accountId),
  ): Promise<Result<CheckView>> {
    let before: AccountRecord | undefined;
    let after: AccountRecord | undefined;
    let checkId = '';
    const r = await runAccountStep(ctx, auth.accountId, actor, async (current, now): Promise<StepOutcome<CheckView>> => {
      const decided = await decide(current, now);
      if (!decided.success) {
        const rejected = decided.issues.some((i) => i.code === 'state.transition_not_allowed');
        return { result: decided, ...(rejected ? { journal: [{ action: `${action}_rejected`, payload: { issues: decided.issues.map((i) => i.code) } }] } : {}) };
      }
      before = current;
      after = decided.data.account;
      checkId = decided.data.checkId;
      const check = decided.data.account.identityChecks.find((c) => c.id === decided.data.checkId)!;
      return {
        result: ok(checkView(check)),
        account: decided.data.account,
        journal: [
          {
            action,
            payload: {
              checkId: check.id,
              kind: check.kind,
              transitions: decided.data.transitions.map((t) => ({ ...t })),
              ...(decided.data.registry === undefined ? {} : { registry: decided.data.registry as Record<string, string> }),
              ...(decided.data.extra ?? {}),
            },
          },
        ],
      };
    });
    if (r.success && before !== undefined && after !== undefined) await noticeFor(ctx, before, after, checkId);
    return r;
  }

  /** Starts a check of a kind and moves it with its first event (and the registry, when it reaches `checking`). */
  function begin(check: IdentityConfirmationRecord, event: Parameters<typeof advanceCheck>[3], patch: Partial<IdentityConfirmationRecord> = {}) {
    return async (account: AccountRecord, now: number) => {
      const withCheck: AccountRecord = { ...account, identityChecks: [...account.identityChecks, check] };
      const moved = await advanceCheck(ctx, withCheck, check.id, event, patch, now);
      return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
    };
  }

  /** For a permit holder already at standard or above, a changed permit or address re-opens the documents check (ACC-6). */
  async function reopenIfNeeded(account: AccountRecord, now: number) {
    if (account.userType !== 'residence_permit_holder' || (account.level !== 'standard' && account.level !== 'confirmed')) return ok({ account, transitions: [] as const });
    if (account.identityChecks.some((c) => c.kind === 'documents' && OPEN.has(c.state))) return ok({ account, transitions: [] as const });
    const check = newCheck(ctx, account.id, 'documents', { reason: 'recheck' }, { reason: 'recheck' }, now);
    const moved = await advanceCheck(ctx, { ...account, identityChecks: [...account.identityChecks, check] }, check.id, 'evidence_submitted', {}, now);
    return moved;
  }

  /**
   * One person, one account: a document another account holds is refused with the generic
   * `document.unavailable` (contact support) — which account holds it is not said — and the
   * attempt is journaled on this account and on the holder's.
   */
  async function refuseTakenDocument(accountId: string, doc: ParsedDocument, path: readonly (string | number)[]): Promise<Result<never> | undefined> {
    const holder = await documentHolder(ctx, doc.kind, doc.fields, accountId);
    if (holder === undefined) return undefined;
    await ctx.journal.append({ actor: accountParty(accountId), action: 'identity.document_refused', subject: accountParty(accountId), payload: { kind: doc.kind } });
    await ctx.journal.append({ actor: { type: 'system', id: 'identity' }, action: 'identity.document_reuse_refused', subject: accountParty(holder.id), payload: { kind: doc.kind, attempt: 'account' } });
    return fail(issue('document.unavailable', path, { kind: doc.kind }));
  }

  function requireStandard(account: AccountRecord): Result<undefined> {
    if (account.level === 'confirmed') return fail(issue('identity.already_confirmed', []));
    if (account.level !== 'standard') return fail(issue('identity.level_required', [], { level: 'standard' }));
    if (account.identityChecks.some((c) => c.kind !== 'documents' && OPEN.has(c.state))) return fail(issue('identity.check_open', []));
    return ok(undefined);
  }

  return {
    async status(auth) {
      const session = await requireSession(ctx, auth);
      if (!session.success) return session;
      await retryDelayed(auth.accountId);
      const account = await loadAccount(ctx, auth.accountId);
      return account === undefined ? invalid : ok(identityView(ctx, account));
    },

    async addDocument(auth, input) {
      const read = readInput(addDocumentSchema, input);
      if (!read.success) return read;
      const account = await owned(auth);
      if (!account.success) return account;
      const now = ctx.clock.now();
      const parsed = parseDocument(read.data.document, ['document'], { now, passportValidityMonths: ctx.policy.passportValidityMonths });
      if (!parsed.success) return parsed;
      const taken = await refuseTakenDocument(auth.accountId, parsed.data, ['document']);
      if (taken !== undefined) return taken;
      const files = await storeFiles(ctx, (read.data.files ?? []) as FileInput[], auth.accountId, parsed.data.kind, now);
      if (!files.success) return files;
      const added = await runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (current, at) => {
        const doc = storedDocument(ctx, 'account', current.id, parsed.data, files.data, at);
        const replaced = current.documents.some((d) => d.kind === doc.kind);
        let next: AccountRecord = { ...current, documents: [...current.documents.filter((d) => d.kind !== doc.kind), doc], updatedAt: at };
        let transitions: readonly object[] = [];
        if (replaced && doc.kind === 'residence_permit') {
          const reopened = await reopenIfNeeded(next, at);
          if (!reopened.success) return { result: reopened };
          next = reopened.data.account;
          transitions = reopened.data.transitions;
        }
        return {
          result: ok(identityView(ctx, next), [...(parsed.warnings ?? []), ...(files.warnings ?? [])]),
          account: next,
          journal: [{ action: 'identity.document_added', payload: { kind: doc.kind, replaced, files: doc.fileIds.length, transitions: transitions.map((t) => ({ ...t })) } }],
        };
      });
      // Another account bound the same document meanwhile: its unique key won the race.
      if (!added.success && added.issues.some((i) => i.code === 'contact.unavailable')) return (await refuseTakenDocument(auth.accountId, parsed.data, ['document'])) ?? added;
      return added;
    },

    async updateAddress(auth, input) {
      const read = readInput(addressSchema, input);
      if (!read.success) return read;
      const address = parseAddress(read.data.address, { path: ['address'] });
      if (!address.success) return address;
      const account = await owned(auth);
      if (!account.success) return account;
      return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (current, at) => {
        const personal = readPersonal(ctx, current);
        let next: AccountRecord = { ...current, personal: ctx.pii.encryptJson({ ...personal, address: address.data }, piiContext('account', current.id, 'personal')), updatedAt: at };
        const reopened = await reopenIfNeeded(next, at);
        if (!reopened.success) return { result: reopened };
        next = reopened.data.account;
        return {
          result: ok(identityView(ctx, next), address.warnings),
          account: next,
          journal: [{ action: 'identity.address_changed', payload: { transitions: reopened.data.transitions.map((t) => ({ ...t })) } }],
        };
      });
    },

    async checkDocuments(auth) {
      const account = await owned(auth);
      if (!account.success) return account;
      return checkStep(auth, 'identity.documents_submitted', async (current, now) => {
        if (current.level === 'none') return fail(issue('identity.level_required', [], { level: 'simplified' }));
        if (current.level !== 'simplified') return fail(issue('identity.already_confirmed', []));
        if (current.identityChecks.some((c) => c.kind === 'documents' && OPEN.has(c.state))) return fail(issue('identity.check_open', []));
        const missing = missingDocumentGroups(current.userType, current.documents, ctx.policy);
        // ACC-2, ACC-6: a permit holder needs the permit and SNILS, not only the passport.
        if (missing.length > 0) return fail(missing.map((group) => issue('identity.documents_missing', ['documents'], { kinds: group.join(' | ') })));
        const passport = current.documents.find((d) => d.kind === 'foreign_passport');
        if (passport?.expiresOn !== undefined) {
          // DOC-3: valid six months on the day of the check, not only on the day it was entered.
          const valid = checkPassportValidity(passport.expiresOn, now, { policy: { passportMinValidityMonths: ctx.policy.passportValidityMonths }, path: ['documents', 'foreign_passport', 'expiryDate'] });
          if (!valid.success) return valid;
        }
        const check = newCheck(ctx, current.id, 'documents', { documents: current.documents.map((d) => d.id) }, { documents: current.documents.length }, now);
        return begin(check, 'evidence_submitted')(current, now);
      });
    },

    async startConfirmation(auth, input, meta = {}) {
      const read = readInput(startSchema, input);
      if (!read.success) return read;
      const method: ConfirmationMethod = read.data.method;
      if (!ctx.policy.confirmationMethods.includes(method)) return fail(issue('identity.method_unavailable', ['method']));
      if (method === 'in_person') return fail(issue('identity.not_applicable', ['method']));
      const evidence = read.data.evidence ?? {};
      const account = await owned(auth);
      if (!account.success) return account;
      const now = ctx.clock.now();
      const ready = requireStandard(account.data);
      if (!ready.success) return ready;
      // Evidence that needs I/O is prepared before the step.
      let prepared: { event: Parameters<typeof advanceCheck>[3]; evidence: unknown; summary: Record<string, string | number | boolean>; patch?: Partial<IdentityConfirmationRecord> };
      switch (method) {
        case 'document_upload': {
          const r = readInput(uploadSchema, evidence);
          if (!r.success) return fail(prefix(r.issues));
          const files = await storeFiles(ctx, r.data.files as FileInput[], auth.accountId, 'evidence', now);
          if (!files.success) return fail(prefix(files.issues));
          prepared = { event: 'evidence_submitted', evidence: { files: files.data }, summary: { files: files.data.length } };
          break;
        }
        case 'bank': {
          const r = readInput(bankSchema, evidence);
          if (!r.success) return fail(prefix(r.issues));
          prepared = { event: 'bank_confirmed', evidence: r.data, summary: { bank: r.data.bankId, ...(r.data.cardLast4 === undefined ? {} : { card: `**** ${r.data.cardLast4}` }) } };
          break;
        }
        case 'e_signature': {
          const r = readInput(signatureSchema, evidence);
          if (!r.success) return fail(prefix(r.issues));
          prepared = { event: 'signature_verified', evidence: r.data, summary: { issuer: r.data.issuer } };
          break;
        }
        case 'video': {
          const r = readInput(videoSchema, evidence);
          if (!r.success) return fail(prefix(r.issues));
          const at = typeof r.data.appointmentAt === 'number' ? r.data.appointmentAt : Date.parse(r.data.appointmentAt);
          if (!Number.isFinite(at) || at <= now) return fail(issue('input.wrong_format', ['evidence', 'appointmentAt']));
          prepared = { event: 'appointment_booked', evidence: { appointmentAt: at }, summary: { appointment: new Date(at).toISOString() }, patch: { appointmentAt: at } };
          break;
        }
        case 'sms_code': {
          const destination = readContactValue(ctx, account.data, 'phone');
          // S-5: the holder's own budget (only the session's holder can spend it).
          const reserved = await reserveSend(ctx, 'sms', account.data.phone.blindIndex, meta.ip, 'owner');
          if (!reserved.success) return reserved;
          const sent = await ctx.otp.issueAndSend({ purpose: 'confirmation', channel: 'sms', destination, sessionId: auth.sessionId, subject: auth.accountId }, ctx.senders, { locale: ctx.locale });
          if (!sent.success) return sent;
          prepared = { event: 'code_sent', evidence: {}, summary: { sentTo: sent.data.destinationMasked }, patch: { challengeId: sent.data.challengeId } };
          break;
        }
        case 'registered_mail': {
          const personal = readPersonal(ctx, account.data);
          if (personal.address === undefined) return fail(issue('input.required', ['address']));
          return checkStep(auth, 'identity.confirmation_started', async (current, at) => {
            const ok_ = requireStandard(current);
            if (!ok_.success) return ok_;
            const check = newCheck(ctx, current.id, method, { address: 'profile' }, { letter: 'ordered' }, at);
            return ok({ account: { ...current, identityChecks: [...current.identityChecks, check], updatedAt: at }, checkId: check.id, transitions: [] });
          });
        }
      }
      return checkStep(auth, 'identity.confirmation_started', async (current, at) => {
        const ok_ = requireStandard(current);
        if (!ok_.success) return ok_;
        const check = newCheck(ctx, current.id, method, prepared.evidence, prepared.summary, at);
        return begin(check, prepared.event, prepared.patch ?? {})(current, at);
      });
    },

    async enterCode(auth, input, meta = {}) {
      const read = readInput(identityInputSchemas.enterCode, input);
      if (!read.success) return read;
      const account = await owned(auth);
      if (!account.success) return account;
      const check = account.data.identityChecks.find((c) => c.id === read.data.checkId);
      if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
      if (check.kind === 'sms_code' && check.challengeId !== undefined) {
        const challengeId = check.challengeId;
        const guarded = await guardCode(ctx, `confirm:${auth.accountId}`, meta.ip, () => ctx.otp.verify({ challengeId, sessionId: auth.sessionId, code: read.data.code }));
        if (!guarded.success) return guarded;
        if (guarded.data.outcome !== 'ok') return fail(codeOutcomeIssue(guarded.data.outcome, IDENTITY_CODE_ISSUES));
        return checkStep(auth, 'identity.code_entered', async (current, now) => {
          const moved = await advanceCheck(ctx, current, check.id, 'code_verified', {}, now);
          return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
        });
      }
      if (check.kind === 'registered_mail' && check.secretHash !== undefined) {
        const stored = check.secretHash;
        const expires = check.secretExpiresAt ?? 0;
        const code = read.data.code.replace(/[\s-]/g, '').toUpperCase();
        const guarded = await guardCode(ctx, `letter:${auth.accountId}`, meta.ip, async () => ({ outcome: ctx.clock.now() >= expires ? 'expired' : verifySecretMac(ctx, `letter:${check.id}`, code, stored) ? 'ok' : 'wrong' }));
        if (!guarded.success) return guarded;
        if (guarded.data.outcome !== 'ok') return fail(codeOutcomeIssue(guarded.data.outcome, IDENTITY_CODE_ISSUES));
        return checkStep(auth, 'identity.code_entered', async (current, now) => {
          const moved = await advanceCheck(ctx, current, check.id, 'letter_code_entered', {}, now);
          return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
        });
      }
      return fail(issue('identity.not_applicable', ['checkId']));
    },

    async answerClarification(auth, input) {
      const read = readInput(answerSchema, input);
      if (!read.success) return read;
      const account = await owned(auth, { allowRestricted: true });
      if (!account.success) return account;
      const now = ctx.clock.now();
      const issues: Issue[] = [];
      const personal = read.data.personal === undefined ? undefined : parsePersonal(read.data.personal, ['personal'], now);
      if (personal !== undefined && !personal.success) issues.push(...personal.issues);
      const documents = (read.data.documents ?? []).map((d, i) => parseDocument(d, ['documents', i], { now, passportValidityMonths: ctx.policy.passportValidityMonths }));
      for (const d of documents) if (!d.success) issues.push(...d.issues);
      if (issues.length > 0) return fail(issues);
      for (const [i, d] of documents.entries()) {
        if (!d.success) continue;
        const taken = await refuseTakenDocument(auth.accountId, d.data, ['documents', i]);
        if (taken !== undefined) return taken;
      }
      const files = await storeFiles(ctx, (read.data.files ?? []) as FileInput[], auth.accountId, 'evidence', now);
      if (!files.success) return files;
      return checkStep(auth, 'identity.clarification_answered', async (current, at) => {
        const check = current.identityChecks.find((c) => c.id === read.data.checkId);
        if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
        let next: AccountRecord = current;
        if (personal?.success === true) next = { ...next, personal: ctx.pii.encryptJson(personal.data, piiContext('account', next.id, 'personal')) };
        for (const d of documents) {
          if (!d.success) continue;
          const doc = storedDocument(ctx, 'account', next.id, d.data, [], at);
          next = { ...next, documents: [...next.documents.filter((x) => x.kind !== doc.kind), doc] };
        }
        const summary = { ...check.summary, corrections: (check.summary['corrections'] === undefined ? 0 : Number(check.summary['corrections'])) + 1 };
        const moved = await advanceCheck(ctx, next, check.id, 'clarification_answered', { summary, ...(files.data.length === 0 ? {} : { evidence: ctx.pii.encryptJson({ files: files.data }, `account:${next.id}:check:${check.id}`) }) }, at);
        return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
      });
    },

    async cancel(auth, input) {
      const read = readInput(checkIdSchema, input);
      if (!read.success) return read;
      const account = await owned(auth, { allowRestricted: true });
      if (!account.success) return account;
      return checkStep(auth, 'identity.check_cancelled', async (current, now) => {
        const moved = await advanceCheck(ctx, current, read.data.checkId, 'cancel', {}, now);
        return moved.success ? ok({ ...moved.data, checkId: read.data.checkId }) : moved;
      });
    },

    async activate(input) {
      const read = readInput(identityInputSchemas.activate, input);
      if (!read.success) return read;
      const dot = read.data.token.indexOf('.');
      const accountId = dot > 0 ? read.data.token.slice(0, dot) : '';
      const secret = read.data.token.slice(dot + 1);
      const account = accountId.startsWith('acc_') ? await loadAccount(ctx, accountId) : undefined;
      const check = account?.identityChecks.find((c) => c.kind === 'in_person' && c.state === 'activation_sent' && c.secretHash === hashSecret(secret));
      if (account === undefined || check === undefined || (check.secretExpiresAt ?? 0) <= ctx.clock.now()) return fail(issue('identity.code_expired', ['token']));
      return checkStep({ accountId }, 'identity.activation_used', async (current, now) => {
        const moved = await advanceCheck(ctx, current, check.id, 'activation_used', {}, now);
        return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
      });
    },
  };
}

function prefix(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: ['evidence', ...i.path] }));
}
