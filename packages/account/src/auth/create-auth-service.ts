import { createId, fail, isConflict, issue, ok, type Issue, readInput, type Result } from '@kabinet/core';
import { createTotpUri, generateTotpSecret } from '@kabinet/otp';
import type { AccountLifecycle, AccountRecord, SecondFactorMethod, SessionRecord, Stored } from '@kabinet/ports';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import { authInputSchemas } from './auth-input-schemas.js';
import type { AuthContext, RequestMeta, TokenPair } from '../context/auth-context.js';
import { passwordContextOf, readContactValue } from '../_lib/account-pii.js';
import { piiContext, readLogin } from '../_lib/contact-values.js';
import { accountParty } from '../_lib/journal-draft.js';
import { hashNewPassword } from '../_lib/new-password.js';
import { notifyAccount } from '../_lib/notify.js';
import { lockOut } from '../steps/lock-out.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { checkPassword, type PasswordCheck } from '../_lib/password-check.js';
import { guardCode, reserveSend } from '../_lib/guard-code.js';
import { ipOf } from '../_lib/password-check.js';
import { requireSession } from '../_lib/require-session.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { hashSecret, newSecret, splitToken } from '../_lib/secrets.js';
import { liveSessions, openSession, revokeSessions } from '../_lib/sessions.js';
import { applyLifecycle, reconcileLifecycle } from '../steps/transitions.js';
import { contactOwner, isIpBlocked } from '../_lib/contact-owner.js';

/** A second factor a login can be completed with (OTP-6). */
export type SecondFactorChoice = SecondFactorMethod | 'backup_code';

/** A login done in one step (only when the policy does not require a second factor). */
export interface LoginAuthenticated {
  /** The outcome. */
  readonly status: 'authenticated';
  /** The new session's tokens. */
  readonly tokens: TokenPair;
}

/** A correct password; the login waits for its second factor (OTP-6). */
export interface SecondFactorRequired {
  /** The outcome. */
  readonly status: 'second_factor_required';
  /** Pass to `completeLogin` / `sendLoginCode`; valid until `expiresAt`. */
  readonly loginToken: string;
  /** The factors this account can finish with. */
  readonly methods: readonly SecondFactorChoice[];
  /** The account's preferred method. */
  readonly preferred: SecondFactorMethod;
  /** Where a code was sent, masked, when the preferred method is SMS or e-mail. */
  readonly codeSentTo?: string;
  /**
   * Why no code was sent although the preferred method is SMS or e-mail (a login never
   * succeeds while silently sending nothing): the send limit's issue (`auth.send_cooldown`,
   * `auth.send_capped`, `auth.send_ip_capped`, with the exact `seconds` to wait and the
   * `alternatives` to offer) — choose another of `methods`, or ask again later.
   */
  readonly codeNotSent?: CodeNotSent;
  /** Epoch ms after which the login must start again. */
  readonly expiresAt: number;
}

/** A code that was not sent, and why. */
export interface CodeNotSent {
  /** The channel that was refused. */
  readonly channel: 'sms' | 'email';
  /** Why (an issue with `seconds`, `channel` and `alternatives`). */
  readonly issue: Issue;
  /** Ms until a code may be sent on this channel again. */
  readonly retryAfterMs: number;
  /** The other ways to finish this login now. */
  readonly alternatives: readonly SecondFactorChoice[];
}

/** The outcome of a correct password. */
export type LoginResult = LoginAuthenticated | SecondFactorRequired;

/** A login code sent (or re-sent). */
export interface LoginCodeSent {
  /** The destination, masked. */
  readonly sentTo: string;
  /** Epoch ms after which the code no longer works. */
  readonly expiresAt: number;
}

/** A finished login. */
export interface LoginCompleted {
  /** The new session's tokens. */
  readonly tokens: TokenPair;
}

/** A changed password. */
export interface PasswordChanged {
  /** Epoch ms of the change. */
  readonly changedAt: number;
  /** How many other sessions ended with it. */
  readonly endedSessions: number;
}

/** A started authenticator-app enrolment. */
export interface TotpEnrollment {
  /** The base32 secret (show it once, or as the QR of `uri`). */
  readonly secret: string;
  /** The `otpauth://totp/…` URI for the QR code. */
  readonly uri: string;
}

/** A new set of backup codes, shown once. */
export interface BackupCodes {
  /** The codes; each works once (S-6). */
  readonly backupCodes: readonly string[];
}

/** The second factor now preferred. */
export interface SecondFactorSet {
  /** The method. */
  readonly method: SecondFactorMethod;
}

/** A finished access recovery. */
export interface AccessRecovered {
  /** Epoch ms of the recovery. */
  readonly recoveredAt: number;
}

/**
 * The answer to an unlock request: the same whether or not the login belongs to an account
 * (S-8). A code went to the account's confirmed contact on `channel` if there is one.
 */
export interface UnlockRequested {
  /** Pass with the code to `confirmUnlock`; keep it secret. */
  readonly unlockToken: string;
  /** The channel asked for. */
  readonly channel: 'sms' | 'email';
  /** Epoch ms after which the code no longer works. */
  readonly expiresAt: number;
}

/** A lifted lock. */
export interface AccountUnlocked {
  /** Epoch ms of the unlock. */
  readonly unlockedAt: number;
}

/** Login with two factors, password change and second-factor settings (OTP-4 … OTP-6, S-1, S-2, S-7, S-8, S-11). */
export interface AuthService {
  /**
   * Checks `{ login, password }` (login: phone or e-mail). Every failure — unknown account,
   * wrong password, locked or blocked account, too many attempts — is the same
   * `auth.invalid_credentials` with comparable timing (S-8).
   */
  login(input: unknown, meta?: RequestMeta): Promise<Result<LoginResult>>;
  /** Sends (or re-sends) a login code `{ loginToken, method: 'sms' | 'email' }`. */
  sendLoginCode(input: unknown, meta?: RequestMeta): Promise<Result<LoginCodeSent>>;
  /** Completes a login `{ loginToken, method, code }` and opens a session with a new id. */
  completeLogin(input: unknown, meta?: RequestMeta): Promise<Result<LoginCompleted>>;
  /** Changes the password `{ currentPassword, newPassword, endOtherSessions? }` (no reuse of recent ones, OTP-4). */
  changePassword(auth: AuthContext, input: unknown, meta?: RequestMeta): Promise<Result<PasswordChanged>>;
  /** Starts an authenticator-app enrolment (needs recent re-authentication, S-11): the secret and its `otpauth://` URI. */
  beginTotpEnrollment(auth: AuthContext): Promise<Result<TotpEnrollment>>;
  /** Finishes the enrolment with a code `{ code }`; makes TOTP the preferred factor and issues backup codes (shown once). */
  confirmTotpEnrollment(auth: AuthContext, input: unknown): Promise<Result<BackupCodes>>;
  /** Chooses the preferred second factor `{ method }` (S-11). */
  setSecondFactor(auth: AuthContext, input: unknown): Promise<Result<SecondFactorSet>>;
  /** Issues a new set of backup codes; the old set stops working (S-11). */
  regenerateBackupCodes(auth: AuthContext): Promise<Result<BackupCodes>>;
  /**
   * Finishes an access recovery support started (ACC-9) `{ token, newPassword }`: a new
   * password, every session ended, the second factor back to SMS (the lost device is
   * dropped); the next login still needs a second factor (ASVS 6.4.3).
   */
  recoverAccess(input: unknown): Promise<Result<AccessRecovered>>;
  /**
   * Asks for a self-service unlock `{ login, channel?: 'sms' | 'email' }` (S-7): a code goes to
   * the account's confirmed phone or e-mail (default: the login's own channel). The answer is
   * the same for unknown logins (S-8); the send budget is its own, so unlock requests cannot
   * use up the login codes' budget, and it is limited like every send (S-5).
   */
  requestUnlock(input: unknown, meta?: RequestMeta): Promise<Result<UnlockRequested>>;
  /**
   * Lifts the account's password lock with the code `{ unlockToken, code }` (S-7): the
   * failures, the lock and its series go, the address it came from is trusted for the
   * account, and it is journaled (`auth.unlocked_by_owner`). The password is still needed to
   * log in, then the second factor. Codes are guarded like every code (OTP-3, S-4).
   */
  confirmUnlock(input: unknown, meta?: RequestMeta): Promise<Result<AccountUnlocked>>;
}

const LOGIN_OK: ReadonlySet<AccountLifecycle> = new Set(['active', 'clarification_requested', 'restricted']);
const changeSchema = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.unknown(), endOtherSessions: z.boolean().optional() });
const recoverSchema = z.object({ token: z.string().min(1).max(200), newPassword: z.unknown() });
/** Lifecycles whose owner may unlock with a code: those that can log in, and a lock mirrored in the lifecycle. */
const UNLOCKABLE: ReadonlySet<AccountLifecycle> = new Set(['active', 'clarification_requested', 'restricted', 'locked']);

/**
 * Creates the login service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const auth = createAuthService(ctx);
 * const step1 = await auth.login({ login: '+998901234567', password }, { ip });
 * if (step1.success && step1.data.status === 'second_factor_required') {
 *   await auth.completeLogin({ loginToken: step1.data.loginToken, method: 'totp', code }, { ip });
 * }
 * ```
 */
export function createAuthService(ctx: AccountContext): AuthService {
  const denied = fail(issue('auth.invalid_credentials', []));
  const expired = fail(issue('auth.login_expired', []));

  async function journalFailure(account: AccountRecord, meta: RequestMeta, reason: string): Promise<void> {
    await ctx.journal.append({
      actor: accountParty(account.id),
      action: 'account.login.failed',
      subject: accountParty(account.id),
      payload: { ip: meta.ip ?? 'unknown', ...(meta.userAgent === undefined ? {} : { userAgent: meta.userAgent.slice(0, 300) }), method: 'password', reason },
    });
  }

  async function sendCode(
    account: AccountRecord,
    pending: Stored<SessionRecord>,
    channel: 'sms' | 'email',
    meta: RequestMeta,
    alternatives: readonly SecondFactorChoice[],
  ): Promise<Result<{ sentTo: string; expiresAt: number; challengeId: string }>> {
    const destination = readContactValue(ctx, account, channel === 'sms' ? 'phone' : 'email');
    // S-5: the account's own budget — drafts and contact changes naming this contact cannot spend it.
    const reserved = await reserveSend(ctx, channel, channel === 'sms' ? account.phone.blindIndex : account.email.blindIndex, meta.ip, 'owner', alternatives);
    if (!reserved.success) return reserved;
    const sent = await ctx.otp.issueAndSend(
      { purpose: 'login', channel, destination, sessionId: pending.id, subject: account.id },
      ctx.senders,
      { locale: ctx.locale },
    );
    if (!sent.success) return sent;
    return ok({ sentTo: sent.data.destinationMasked, expiresAt: sent.data.codeExpiresAt, challengeId: sent.data.challengeId });
  }

  async function findPending(token: string): Promise<Stored<SessionRecord> | undefined> {
    const parts = splitToken(token, 'ses');
    if (parts === undefined) return undefined;
    const pending = await ctx.stores.sessions.get(parts.id);
    if (pending === undefined || pending.stage !== 'second_factor' || pending.secondFactor === undefined) return undefined;
    if (pending.secondFactor.tokenHash !== hashSecret(parts.secret) || pending.revokedAt !== undefined) return undefined;
    if (ctx.clock.now() >= pending.absoluteExpiresAt) return undefined;
    return pending;
  }

  async function finishLogin(account: AccountRecord, meta: RequestMeta, method: string, priorFailures: number): Promise<Result<TokenPair>> {
    const now = ctx.clock.now();
    const opened = await openSession(ctx, { accountId: account.id, level: account.level, meta, now });
    const r = await runAccountStep(ctx, account.id, accountParty(account.id), async (current) => {
      if (!LOGIN_OK.has(current.lifecycle)) return { result: denied };
      const live = await liveSessions(ctx, current.sessionIds, now);
      const excess = live.slice(0, Math.max(0, live.length + 1 - ctx.policy.maxSessions)).map((s) => s.id);
      const keep = live.map((s) => s.id).filter((id) => !excess.includes(id));
      return {
        result: ok(opened.tokens),
        account: { ...current, sessionIds: [...keep, opened.session.id], lastLoginAt: now, updatedAt: now },
        journal: [
          {
            action: 'account.login.succeeded',
            payload: { ip: meta.ip ?? 'unknown', ...(meta.userAgent === undefined ? {} : { userAgent: meta.userAgent.slice(0, 300) }), method },
          },
        ],
        after: async (written) => {
          await revokeSessions(ctx, excess, 'ended', now);
          if (ctx.policy.suspiciousLoginAfterFailures > 0 && priorFailures >= ctx.policy.suspiciousLoginAfterFailures) {
            await notifyAccount(ctx, written, { code: 'notice.login_alert', params: { failures: priorFailures }, purpose: 'login-alert' });
          }
        },
      };
    });
    if (!r.success) await revokeSessions(ctx, [opened.session.id], 'ended', now);
    return r;
  }

  async function requireFresh(auth: AuthContext): Promise<Result<Stored<AccountRecord>>> {
    const session = await requireSession(ctx, auth, { fresh: true });
    if (!session.success) return session;
    const account = await loadAccount(ctx, auth.accountId);
    return account === undefined ? fail(issue('session.invalid', [])) : ok(account);
  }

  return {
    async login(input, meta = {}) {
      const read = readInput(authInputSchemas.login, input);
      if (!read.success) return read;
      const { login, password } = read.data;
      const contact = readLogin(ctx, login);
      let account = contact === undefined ? undefined : await contactOwner(ctx, contact.channel, contact.value, contact.blindIndex);
      if (account?.lifecycle === 'locked') account = (await expireLock(account.id)) ?? account;
      const key = account?.id ?? (contact === undefined ? ctx.blindIndex('email', login.trim().toLowerCase()) : `${contact.channel}:${contact.blindIndex}`);
      const blocked = account !== undefined && meta.ip !== undefined && isIpBlocked(ctx, account, meta.ip);
      // S-8: unknown, blocked and unusable accounts all cost a real hash and get the same answer.
      const usable = account !== undefined && !blocked && LOGIN_OK.has(account.lifecycle);
      const check = await checkPassword(ctx, key, usable ? account : undefined, password, meta.ip);
      if (check.outcome !== 'ok') {
        if (account !== undefined) {
          const reason = blocked ? 'ip_blocked' : !LOGIN_OK.has(account.lifecycle) ? `account_${account.lifecycle}` : check.reason;
          await journalFailure(account, meta, reason);
          await lockOut(ctx, account.id, check);
        }
        return check.retryAfterMs !== undefined && check.reason !== 'locked' && check.reason !== 'wrong'
          ? fail(issue('auth.retry_later', [], { seconds: Math.max(1, Math.ceil(check.retryAfterMs / 1000)) }))
          : denied;
      }
      if (account === undefined) return denied;
      const now = ctx.clock.now();
      if (!ctx.policy.requireSecondFactor) {
        if (check.rehash !== undefined) await persistRehash(account.id, check.rehash);
        const done = await finishLogin(account, meta, 'password', check.priorFailures);
        return done.success ? ok({ status: 'authenticated', tokens: done.data }) : done;
      }
      const sf = account.secondFactor;
      const methods: SecondFactorChoice[] = [];
      if (sf.totp?.enabledAt !== undefined) methods.push('totp');
      for (const m of ['sms', 'email'] as const) if (ctx.policy.secondFactorMethods.includes(m) || sf.method === m) methods.push(m);
      if ((await ctx.backupCodes.remaining(account.id)) > 0) methods.push('backup_code');
      const preferred: SecondFactorMethod = sf.method === 'totp' && sf.totp?.enabledAt === undefined ? 'sms' : sf.method;
      const secret = newSecret(ctx.random);
      const expiresAt = now + ctx.policy.secondFactorTtlMs;
      let pending = await ctx.stores.sessions.create({
        id: createId('ses', now, ctx.random),
        accountId: account.id,
        stage: 'second_factor',
        createdAt: now,
        lastSeenAt: now,
        absoluteExpiresAt: expiresAt,
        expiresAt,
        level: account.level,
        usedRefreshHashes: [],
        authenticatedAt: now,
        ...(meta.ip === undefined ? {} : { ip: meta.ip }),
        secondFactor: { methods, tokenHash: hashSecret(secret), priorFailures: check.priorFailures },
      });
      let codeSentTo: string | undefined;
      let codeNotSent: CodeNotSent | undefined;
      if (preferred === 'sms' || preferred === 'email') {
        const alternatives = methods.filter((m) => m !== preferred);
        const sent = await sendCode(account, pending, preferred, meta, alternatives);
        if (sent.success) {
          codeSentTo = sent.data.sentTo;
          const { version, ...plain } = pending;
          pending = await ctx.stores.sessions.update({ ...plain, secondFactor: { ...plain.secondFactor!, challengeId: sent.data.challengeId } }, version);
        } else {
          // Never a success that silently sent nothing: say why and what else works.
          const refused = sent.issues[0]!;
          const seconds = typeof refused.params?.['seconds'] === 'number' ? refused.params['seconds'] : 0;
          codeNotSent = { channel: preferred, issue: refused, retryAfterMs: seconds * 1000, alternatives };
        }
      }
      const loginToken = `${pending.id}.${secret}`;
      return runAccountStep(ctx, account.id, accountParty(account.id), async (current) => ({
        result: ok({
          status: 'second_factor_required' as const,
          loginToken,
          methods,
          preferred,
          ...(codeSentTo === undefined ? {} : { codeSentTo }),
          ...(codeNotSent === undefined ? {} : { codeNotSent }),
          expiresAt,
        }),
        ...(check.rehash === undefined ? {} : { account: { ...current, password: { ...current.password, hash: check.rehash } } }),
        journal: [
          {
            action: 'auth.second_factor_requested',
            payload: { methods: [...methods], preferred, rehashed: check.rehash !== undefined, ...(codeNotSent === undefined ? {} : { codeNotSent: codeNotSent.issue.code }) },
          },
        ],
      }));
    },

    async sendLoginCode(input, meta = {}) {
      const read = readInput(authInputSchemas.sendLoginCode, input);
      if (!read.success) return read;
      const pending = await findPending(read.data.loginToken);
      if (pending === undefined) return expired;
      if (!pending.secondFactor!.methods.includes(read.data.method)) return fail(issue('auth.method_unavailable', ['method']));
      const account = await loadAccount(ctx, pending.accountId);
      if (account === undefined || !LOGIN_OK.has(account.lifecycle)) return expired;
      const sent = await sendCode(account, pending, read.data.method, meta, pending.secondFactor!.methods.filter((m) => m !== read.data.method) as SecondFactorChoice[]);
      if (!sent.success) return sent;
      for (let round = 0; round <= ctx.policy.conflictRetries; round++) {
        const current = await ctx.stores.sessions.get(pending.id);
        if (current === undefined) return expired;
        const { version, ...plain } = current;
        try {
          await ctx.stores.sessions.update({ ...plain, secondFactor: { ...plain.secondFactor!, challengeId: sent.data.challengeId } }, version);
          break;
        } catch (error) {
          if (!isConflict(error)) throw error;
        }
      }
      await ctx.journal.append({ actor: accountParty(account.id), action: 'auth.login_code_sent', subject: accountParty(account.id), payload: { channel: read.data.method } });
      return ok({ sentTo: sent.data.sentTo, expiresAt: sent.data.expiresAt });
    },

    async completeLogin(input, meta = {}) {
      const read = readInput(authInputSchemas.completeLogin, input);
      if (!read.success) return read;
      const { method, code } = read.data;
      const pending = await findPending(read.data.loginToken);
      if (pending === undefined) return expired;
      const factor = pending.secondFactor!;
      if (!factor.methods.includes(method)) return fail(issue('auth.method_unavailable', ['method']));
      const account = await loadAccount(ctx, pending.accountId);
      if (account === undefined || !LOGIN_OK.has(account.lifecycle)) return expired;
      // OTP-3: the block is keyed on the account, so a new code or a new login resets nothing.
      const guarded = await guardCode(ctx, `login:${account.id}`, meta.ip, async (): Promise<{ outcome: string }> => {
        if (method === 'sms' || method === 'email') {
          if (factor.challengeId === undefined) return { outcome: 'expired' };
          return ctx.otp.verify({ challengeId: factor.challengeId, sessionId: pending.id, code });
        }
        if (method === 'totp') {
          const totp = account.secondFactor.totp;
          if (totp?.enabledAt === undefined) return { outcome: 'not_enrolled' };
          const secret = ctx.pii.decrypt(totp.secret, piiContext('account', account.id, 'totp'));
          const r = await ctx.totp.verify({ accountId: account.id, secret, code });
          // A replayed code is as wrong as a wrong one to the client and the counters (S-6).
          return r.outcome === 'replayed' ? { outcome: 'wrong' } : r;
        }
        return ctx.backupCodes.verify({ accountId: account.id, code });
      });
      if (!guarded.success) return guarded;
      const verdict = guarded.data.outcome;
      if (verdict !== 'ok') {
        await ctx.journal.append({
          actor: accountParty(account.id),
          action: 'account.login.failed',
          subject: accountParty(account.id),
          payload: { ip: meta.ip ?? 'unknown', method: `password+${method}`, reason: `code_${verdict}` },
        });
        return fail(verdict === 'not_enrolled' ? issue('auth.totp_not_enrolled', ['code']) : codeOutcomeIssue(verdict));
      }
      try {
        // The pending login is spent by one versioned delete: two devices cannot both finish it.
        await ctx.stores.sessions.delete(pending.id, pending.version);
      } catch (error) {
        if (isConflict(error)) return expired;
        throw error;
      }
      const done = await finishLogin(account, meta, `password+${method}`, factor.priorFailures);
      return done.success ? ok({ tokens: done.data }) : done;
    },

    async changePassword(auth, input, meta = {}) {
      const read = readInput(changeSchema, input);
      if (!read.success) return read;
      const session = await requireSession(ctx, auth);
      if (!session.success) return session;
      const account = await loadAccount(ctx, auth.accountId);
      if (account === undefined) return fail(issue('session.invalid', []));
      const current = await checkPassword(ctx, account.id, account, read.data.currentPassword, meta.ip);
      if (current.outcome !== 'ok') {
        await journalFailure(account, meta, 'password_change_wrong_current');
        await lockOut(ctx, account.id, current);
        return fail(issue('auth.wrong_password', ['currentPassword']));
      }
      const hashed = await hashNewPassword(ctx, read.data.newPassword, passwordContextOf(ctx, account), [
        account.password.hash,
        ...account.password.previous.slice(0, Math.max(0, ctx.policy.passwordHistory - 1)),
      ]);
      if (!hashed.success) return fail(hashed.issues.map((i) => ({ ...i, path: ['newPassword', ...i.path.slice(1)] })));
      const endOthers = read.data.endOtherSessions ?? true;
      return runAccountStep(ctx, account.id, accountParty(account.id), async (fresh, now) => {
        const others = endOthers ? fresh.sessionIds.filter((id) => id !== auth.sessionId) : [];
        return {
          result: ok({ changedAt: now, endedSessions: others.length }, hashed.warnings),
          account: {
            ...fresh,
            password: { hash: hashed.data, changedAt: now, previous: [fresh.password.hash, ...fresh.password.previous].slice(0, ctx.policy.passwordHistory) },
            sessionIds: fresh.sessionIds.filter((id) => !others.includes(id)),
            updatedAt: now,
          },
          journal: [{ action: 'auth.password_changed', payload: { endedSessions: others.length } }],
          after: async (written) => {
            await revokeSessions(ctx, others, 'ended_by_other', now);
            await notifyAccount(ctx, written, { code: 'notice.password_changed', purpose: 'notice' });
          },
        };
      });
    },

    async beginTotpEnrollment(auth) {
      const account = await requireFresh(auth);
      if (!account.success) return account;
      const secret = generateTotpSecret({ bytes: ctx.totp.policy.secretBytes, random: ctx.random });
      const uri = createTotpUri({ issuer: ctx.serviceName.replace(/:/g, ' '), label: account.data.email.masked, secret, policy: ctx.totp.policy });
      return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (fresh, now) => ({
        result: ok({ secret, uri }),
        account: {
          ...fresh,
          secondFactor: { ...fresh.secondFactor, totp: { secret: ctx.pii.encrypt(secret, piiContext('account', fresh.id, 'totp')), createdAt: now } },
          updatedAt: now,
        },
        journal: [{ action: 'auth.totp_enrollment_started' }],
      }));
    },

    async confirmTotpEnrollment(auth, input) {
      const read = readInput(authInputSchemas.totpCode, input);
      if (!read.success) return read;
      const account = await requireFresh(auth);
      if (!account.success) return account;
      const totp = account.data.secondFactor.totp;
      if (totp === undefined) return fail(issue('auth.totp_not_enrolled', []));
      const secret = ctx.pii.decrypt(totp.secret, piiContext('account', account.data.id, 'totp'));
      const guarded = await guardCode(ctx, `totp:${account.data.id}`, undefined, () => ctx.totp.verify({ accountId: account.data.id, secret, code: read.data.code }));
      if (!guarded.success) return guarded;
      if (guarded.data.outcome !== 'ok') return fail(codeOutcomeIssue(guarded.data.outcome));
      const codes = await ctx.backupCodes.regenerate(account.data.id);
      return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (fresh, now) => {
        if (fresh.secondFactor.totp?.secret !== totp.secret) return { result: fail(issue('auth.totp_not_enrolled', [])) };
        return {
          result: ok({ backupCodes: codes.codes }),
          account: { ...fresh, secondFactor: { method: 'totp', totp: { ...totp, enabledAt: now } }, updatedAt: now },
          journal: [{ action: 'auth.totp_enabled', payload: { backupCodes: codes.codes.length } }],
          after: async (written) => notifyAccount(ctx, written, { code: 'notice.second_factor_changed', purpose: 'notice' }),
        };
      });
    },

    async setSecondFactor(auth, input) {
      const read = readInput(authInputSchemas.secondFactor, input);
      if (!read.success) return read;
      const account = await requireFresh(auth);
      if (!account.success) return account;
      const method = read.data.method;
      if (!ctx.policy.secondFactorMethods.includes(method)) return fail(issue('auth.method_unavailable', ['method']));
      if (method === 'totp' && account.data.secondFactor.totp?.enabledAt === undefined) return fail(issue('auth.totp_not_enrolled', ['method']));
      return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (fresh, now) => ({
        result: ok({ method }),
        account: { ...fresh, secondFactor: { ...fresh.secondFactor, method }, updatedAt: now },
        journal: [{ action: 'auth.second_factor_set', payload: { method } }],
        after: async (written) => notifyAccount(ctx, written, { code: 'notice.second_factor_changed', purpose: 'notice' }),
      }));
    },

    async regenerateBackupCodes(auth) {
      const account = await requireFresh(auth);
      if (!account.success) return account;
      const codes = await ctx.backupCodes.regenerate(account.data.id);
      await ctx.journal.append({ actor: accountParty(auth.accountId), action: 'auth.backup_codes_regenerated', subject: accountParty(auth.accountId), payload: { count: codes.codes.length } });
      await notifyAccount(ctx, account.data, { code: 'notice.second_factor_changed', purpose: 'notice' });
      return ok({ backupCodes: codes.codes });
    },

    recoverAccess,
    requestUnlock,
    confirmUnlock,
  };

  async function requestUnlock(input: unknown, meta: RequestMeta = {}): Promise<Result<UnlockRequested>> {
    if (!ctx.lockout.policy.password.selfUnlock) return fail(issue('auth.unlock_unavailable', []));
    const read = readInput(authInputSchemas.requestUnlock, input);
    if (!read.success) return read;
    const { login } = read.data;
    const contact = readLogin(ctx, login);
    const account = contact === undefined ? undefined : await contactOwner(ctx, contact.channel, contact.value, contact.blindIndex);
    // The lockout key of the login (as at login), so known and unknown logins share one shape of limits (S-8).
    const key = account?.id ?? (contact === undefined ? ctx.blindIndex('email', login.trim().toLowerCase()) : `${contact.channel}:${contact.blindIndex}`);
    const channel = read.data.channel ?? (contact?.channel === 'phone' ? 'sms' : 'email');
    const reserved = await reserveSend(ctx, channel, key, meta.ip, 'unlock', [channel === 'sms' ? 'email' : 'sms']);
    if (!reserved.success) return reserved;
    const secret = newSecret(ctx.random);
    const sessionId = `unlock.${hashSecret(secret)}`;
    if (account !== undefined && UNLOCKABLE.has(account.lifecycle)) {
      const destination = readContactValue(ctx, account, channel === 'sms' ? 'phone' : 'email');
      const sent = await ctx.otp.issueAndSend({ purpose: 'recovery', channel, destination, sessionId, subject: account.id }, ctx.senders, { locale: ctx.locale });
      if (!sent.success) return sent;
      await ctx.journal.append({ actor: accountParty(account.id), action: 'auth.unlock_code_sent', subject: accountParty(account.id), payload: { channel, ip: meta.ip ?? 'unknown' } });
      return ok({ unlockToken: `${sent.data.challengeId}.${secret}`, channel, expiresAt: sent.data.codeExpiresAt });
    }
    // S-8: an unknown or unusable login gets a challenge too (never sent), so the token, the
    // timing and the answers to its codes look the same.
    const decoy = await ctx.otp.issue({ purpose: 'recovery', channel, destination: channel === 'sms' ? '+70000000000' : 'nobody@example.invalid', sessionId, subject: key });
    if (!decoy.success) return decoy;
    return ok({ unlockToken: `${decoy.data.challengeId}.${secret}`, channel, expiresAt: decoy.data.codeExpiresAt });
  }

  async function confirmUnlock(input: unknown, meta: RequestMeta = {}): Promise<Result<AccountUnlocked>> {
    if (!ctx.lockout.policy.password.selfUnlock) return fail(issue('auth.unlock_unavailable', []));
    const read = readInput(authInputSchemas.confirmUnlock, input);
    if (!read.success) return read;
    const dot = read.data.unlockToken.indexOf('.');
    const challengeId = dot > 0 ? read.data.unlockToken.slice(0, dot) : '';
    const sessionId = `unlock.${hashSecret(read.data.unlockToken.slice(dot + 1))}`;
    const challenge = challengeId.startsWith('otp_') ? await ctx.otp.describe({ challengeId, sessionId }) : undefined;
    if (challenge === undefined || challenge.purpose !== 'recovery') return fail(issue('auth.code_expired', ['code']));
    // OTP-3, S-4: the block follows the account (or the unknown login), not the token: a new code resets nothing.
    const guarded = await guardCode(ctx, `unlock:${challenge.subject}`, meta.ip, () => ctx.otp.verify({ challengeId, sessionId, code: read.data.code }));
    if (!guarded.success) return guarded;
    if (guarded.data.outcome !== 'ok') return fail(codeOutcomeIssue(guarded.data.outcome));
    const now = ctx.clock.now();
    const account = challenge.subject.startsWith('acc_') ? await loadAccount(ctx, challenge.subject) : undefined;
    if (account === undefined || !UNLOCKABLE.has(account.lifecycle)) return ok({ unlockedAt: now });
    const events = await ctx.lockout.unlockByOwner({ account: account.id, ip: ipOf(meta.ip) });
    const unlocked = events.find((e) => e.type === 'lockout.unlocked');
    return runAccountStep(ctx, account.id, accountParty(account.id), async (current, at) => {
      // A lock mirrored in the lifecycle (an older lock, or one until support when the policy lets owners lift it) goes too.
      const lifted = current.lifecycle === 'locked' ? applyLifecycle(current, 'owner_unlock', at) : undefined;
      const reconciled = lifted?.success === true ? reconcileLifecycle(lifted.data.account, at) : undefined;
      const transitions = lifted?.success === true && reconciled !== undefined ? [...lifted.data.transitions, ...reconciled.transitions] : [];
      return {
        result: ok({ unlockedAt: at }),
        ...(reconciled === undefined ? {} : { account: reconciled.account }),
        journal: [
          {
            action: 'auth.unlocked_by_owner',
            payload: {
              channel: challenge.channel,
              ip: meta.ip ?? 'unknown',
              failures: unlocked?.type === 'lockout.unlocked' ? (unlocked.failures ?? 0) : 0,
              wasLocked: unlocked?.type === 'lockout.unlocked' ? unlocked.wasLocked === true : false,
              transitions: transitions.map((t) => ({ ...t })),
            },
          },
        ],
      };
    });
  }

  async function recoverAccess(input: unknown): Promise<Result<AccessRecovered>> {
    const read = readInput(recoverSchema, input);
    if (!read.success) return read;
    const dot = read.data.token.indexOf('.');
    const accountId = dot > 0 ? read.data.token.slice(0, dot) : '';
    const tokenHash = hashSecret(read.data.token.slice(dot + 1));
    const expiredToken = fail(issue('auth.recovery_invalid', ['token']));
    const account = accountId.startsWith('acc_') ? await loadAccount(ctx, accountId) : undefined;
    if (account?.recovery === undefined || account.recovery.tokenHash !== tokenHash || account.recovery.expiresAt <= ctx.clock.now()) return expiredToken;
    const hashed = await hashNewPassword(ctx, read.data.newPassword, passwordContextOf(ctx, account), [account.password.hash, ...account.password.previous]);
    if (!hashed.success) return fail(hashed.issues.map((i) => ({ ...i, path: ['newPassword', ...i.path.slice(1)] })));
    return runAccountStep(ctx, account.id, accountParty(account.id), async (current, now) => {
      if (current.recovery?.tokenHash !== tokenHash || current.recovery.expiresAt <= now) return { result: expiredToken };
      const { recovery: _r, ...rest } = current;
      const ended = current.sessionIds;
      return {
        result: ok({ recoveredAt: now }, hashed.warnings),
        account: {
          ...rest,
          password: { hash: hashed.data, changedAt: now, previous: [current.password.hash, ...current.password.previous].slice(0, ctx.policy.passwordHistory) },
          secondFactor: { method: 'sms' },
          sessionIds: [],
          updatedAt: now,
        },
        journal: [{ action: 'auth.access_recovered', payload: { operator: current.recovery.operatorId, endedSessions: ended.length } }],
        after: async (written) => {
          await revokeSessions(ctx, ended, 'account_disabled', now);
          await notifyAccount(ctx, written, { code: 'notice.password_changed', purpose: 'notice' });
        },
      };
    });
  }

  /** A timed lock of the lockout policy has run out: the lifecycle follows (ACC-8; the default lock never runs out). */
  async function expireLock(accountId: string): Promise<Stored<AccountRecord> | undefined> {
    const status = await ctx.lockout.accountStatus(accountId);
    if (status.locked) return undefined;
    let updated: Stored<AccountRecord> | undefined;
    await runAccountStep(ctx, accountId, { type: 'system', id: 'lockout' }, async (current, now) => {
      const r = applyLifecycle(current, 'lock_expired', now);
      if (!r.success) return { result: ok(undefined) };
      const reconciled = reconcileLifecycle(r.data.account, now);
      updated = { ...reconciled.account, version: current.version + 1 };
      return {
        result: ok(undefined),
        account: reconciled.account,
        journal: [{ action: 'account.lock_expired', payload: { transitions: [...r.data.transitions, ...reconciled.transitions].map((t) => ({ ...t })) } }],
      };
    });
    return updated;
  }

  async function persistRehash(accountId: string, hash: string): Promise<void> {
    await runAccountStep(ctx, accountId, accountParty(accountId), async (current) => ({
      result: ok(undefined),
      account: { ...current, password: { ...current.password, hash } },
    }));
  }
}
