import { createId, fail, issue, ok, type Result } from '@kabinet/core';
import { createTotpUri, generateTotpSecret } from '@kabinet/otp';
import type { AccountLifecycle, AccountRecord, SecondFactorMethod, SessionRecord, Stored } from '@kabinet/ports';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta, TokenPair } from '../context/auth-context.js';
import { passwordContextOf, readContactValue } from '../_lib/account-pii.js';
import { piiContext, readLogin } from '../_lib/contact-values.js';
import { accountParty } from '../_lib/journal-draft.js';
import { hashNewPassword } from '../_lib/new-password.js';
import { notifyAccount } from '../_lib/notify.js';
import { checkPassword, type PasswordCheck } from '../_lib/password-check.js';
import { guardCode, reserveSend } from '../_lib/guard-code.js';
import { readInput } from '../_lib/read-input.js';
import { requireSession } from '../_lib/require-session.js';
import { isConflict, loadAccount, runAccountStep } from '../_lib/run-account-step.js';
import { hashSecret, newSecret, splitToken } from '../_lib/secrets.js';
import { liveSessions, openSession, revokeSessions } from '../_lib/sessions.js';
import { applyLifecycle, reconcileLifecycle } from '../_lib/transitions.js';
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
  /** Epoch ms after which the login must start again. */
  readonly expiresAt: number;
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
}

const LOGIN_OK: ReadonlySet<AccountLifecycle> = new Set(['active', 'clarification_requested', 'restricted']);
const loginSchema = z.object({ login: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
const sendSchema = z.object({ loginToken: z.string().min(1).max(200), method: z.enum(['sms', 'email']) });
const completeSchema = z.object({
  loginToken: z.string().min(1).max(200),
  method: z.enum(['sms', 'email', 'totp', 'backup_code']),
  code: z.string().min(1).max(64),
});
const changeSchema = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.unknown(), endOtherSessions: z.boolean().optional() });
const codeSchema = z.object({ code: z.string().min(1).max(64) });
const methodSchema = z.object({ method: z.enum(['sms', 'email', 'totp']) });
const recoverSchema = z.object({ token: z.string().min(1).max(200), newPassword: z.unknown() });

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

  /** Mirrors a lock of `@kabinet/lockout` in the lifecycle (OTP-5, ACC-8): sessions end, the holder is told. */
  async function lockOut(accountId: string, check: PasswordCheck): Promise<void> {
    if (check.outcome !== 'denied' || !check.locked) return;
    await runAccountStep(ctx, accountId, { type: 'system', id: 'lockout' }, async (account, now) => {
      const locked = applyLifecycle(account, 'locked_out', now);
      if (!locked.success) return { result: ok(undefined) };
      const event = check.events.find((e) => e.type === 'lockout.locked');
      return {
        result: ok(undefined),
        account: { ...locked.data.account, sessionIds: [] },
        journal: [
          {
            action: 'account.locked',
            payload: { failures: event?.type === 'lockout.locked' ? event.failures : 0, transitions: locked.data.transitions.map((t) => ({ ...t })) },
          },
        ],
        after: async (written) => {
          await revokeSessions(ctx, account.sessionIds, 'account_disabled', now);
          await notifyAccount(ctx, written, { code: 'notice.account_locked', purpose: 'notice' });
        },
      };
    });
  }

  async function sendCode(account: AccountRecord, pending: Stored<SessionRecord>, channel: 'sms' | 'email', meta: RequestMeta): Promise<Result<{ sentTo: string; expiresAt: number; challengeId: string }>> {
    const destination = readContactValue(ctx, account, channel === 'sms' ? 'phone' : 'email');
    const reserved = await reserveSend(ctx, channel, channel === 'sms' ? account.phone.blindIndex : account.email.blindIndex, meta.ip);
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
      const read = readInput(loginSchema, input);
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
          await lockOut(account.id, check);
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
      if (preferred === 'sms' || preferred === 'email') {
        const sent = await sendCode(account, pending, preferred, meta);
        if (sent.success) {
          codeSentTo = sent.data.sentTo;
          const { version, ...plain } = pending;
          pending = await ctx.stores.sessions.update({ ...plain, secondFactor: { ...plain.secondFactor!, challengeId: sent.data.challengeId } }, version);
        }
      }
      const loginToken = `${pending.id}.${secret}`;
      return runAccountStep(ctx, account.id, accountParty(account.id), async (current) => ({
        result: ok({ status: 'second_factor_required' as const, loginToken, methods, preferred, ...(codeSentTo === undefined ? {} : { codeSentTo }), expiresAt }),
        ...(check.rehash === undefined ? {} : { account: { ...current, password: { ...current.password, hash: check.rehash } } }),
        journal: [{ action: 'auth.second_factor_requested', payload: { methods: [...methods], preferred, rehashed: check.rehash !== undefined } }],
      }));
    },

    async sendLoginCode(input, meta = {}) {
      const read = readInput(sendSchema, input);
      if (!read.success) return read;
      const pending = await findPending(read.data.loginToken);
      if (pending === undefined) return expired;
      if (!pending.secondFactor!.methods.includes(read.data.method)) return fail(issue('auth.method_unavailable', ['method']));
      const account = await loadAccount(ctx, pending.accountId);
      if (account === undefined || !LOGIN_OK.has(account.lifecycle)) return expired;
      const sent = await sendCode(account, pending, read.data.method, meta);
      if (!sent.success) return sent;
      for (let round = 0; round < 8; round++) {
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
      const read = readInput(completeSchema, input);
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
        const code_ = verdict === 'wrong' ? 'auth.code_wrong' : verdict === 'locked' ? 'auth.code_blocked' : verdict === 'not_enrolled' ? 'auth.totp_not_enrolled' : 'auth.code_expired';
        return fail(issue(code_, ['code'], verdict === 'locked' ? { minutes: 5 } : undefined));
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
        await lockOut(account.id, current);
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
      const read = readInput(codeSchema, input);
      if (!read.success) return read;
      const account = await requireFresh(auth);
      if (!account.success) return account;
      const totp = account.data.secondFactor.totp;
      if (totp === undefined) return fail(issue('auth.totp_not_enrolled', []));
      const secret = ctx.pii.decrypt(totp.secret, piiContext('account', account.data.id, 'totp'));
      const guarded = await guardCode(ctx, `totp:${account.data.id}`, undefined, () => ctx.totp.verify({ accountId: account.data.id, secret, code: read.data.code }));
      if (!guarded.success) return guarded;
      if (guarded.data.outcome !== 'ok') return fail(issue('auth.code_wrong', ['code']));
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
      const read = readInput(methodSchema, input);
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
  };

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
