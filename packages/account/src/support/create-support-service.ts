import { fail, issue, ok, randomString, readInput, type Result } from '@kabinet/core';
import type {
  AccountLevel,
  AccountLifecycle,
  AccountRecord,
  JournalParty,
  UserType,
} from '@kabinet/ports';
import { formatAddress } from '@kabinet/validators/address';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { CheckView } from '../identity/identity-views.js';
import { readPersonal } from '../_lib/account-pii.js';
import { advanceCheck, newCheck, noticeFor } from '../steps/identity-steps.js';
import { checkView } from '../_lib/identity-view.js';
import { notifyAccount } from '../_lib/notify.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { macSecret } from '../_lib/secret-mac.js';
import { revokeSessions } from '../_lib/sessions.js';
import {
  applyLifecycle,
  reconcileLifecycle,
  type AppliedTransition,
} from '../steps/transitions.js';
import type {
  AccessRestoreStarted,
  LetterDispatch,
  OperatorContext,
  SupportAccountView,
} from './support-views.js';

export type {
  AccessRestoreStarted,
  LetterDispatch,
  LockView,
  OperatorContext,
  SupportAccountView,
} from './support-views.js';

/** Support operations, every one journaled with the operator as actor (ACC-8, ACC-9, ACC-7 operator steps). */
export interface SupportService {
  /** The account `{ accountId }` as support sees it. */
  account(operator: OperatorContext, input: unknown): Promise<Result<SupportAccountView>>;
  /** Lifts a lock or a block `{ accountId, reason? }` (ACC-8): the lockout counters too; open clarifications apply again. */
  unblock(operator: OperatorContext, input: unknown): Promise<Result<SupportAccountView>>;
  /** Blocks an account `{ accountId, reason }`: every session ends. */
  block(operator: OperatorContext, input: unknown): Promise<Result<SupportAccountView>>;
  /** Closes an account for good `{ accountId, reason }` (on the holder's request): every session ends; `closed` is final. */
  close(operator: OperatorContext, input: unknown): Promise<Result<SupportAccountView>>;
  /**
   * Restores access `{ accountId }` (ACC-9): lifts a lock and sends a one-time recovery
   * token by SMS to the registered phone; the holder sets a new password with
   * `auth.recoverAccess`. The token is never the password (ASVS 6.4.1).
   */
  restoreAccess(operator: OperatorContext, input: unknown): Promise<Result<AccessRestoreStarted>>;
  /** Registered mail (ACC-7): records the dispatch `{ accountId, checkId, trackingNumber }` and returns the code to print in the letter. */
  dispatchLetter(operator: OperatorContext, input: unknown): Promise<Result<LetterDispatch>>;
  /** Video call (ACC-7): the operator confirms the person `{ accountId, checkId }`; the registry check follows. */
  verifyVideo(operator: OperatorContext, input: unknown): Promise<Result<CheckView>>;
  /** In person at a service centre (ACC-7): the operator enters `{ accountId, serviceCentreId }`; an activation link goes by SMS. */
  verifyInPerson(operator: OperatorContext, input: unknown): Promise<Result<CheckView>>;
}

const accountSchema = z.object({ accountId: z.string().min(1).max(64) });
const unblockSchema = z.object({
  accountId: z.string().min(1).max(64),
  reason: z.string().max(200).optional(),
});
const blockSchema = z.object({
  accountId: z.string().min(1).max(64),
  reason: z.string().min(1).max(200),
});
const letterSchema = z.object({
  accountId: z.string().min(1).max(64),
  checkId: z.string().min(1).max(64),
  trackingNumber: z.string().regex(/^[A-Z0-9]{8,20}$/),
});
const videoSchema = z.object({
  accountId: z.string().min(1).max(64),
  checkId: z.string().min(1).max(64),
});
const inPersonSchema = z.object({
  accountId: z.string().min(1).max(64),
  serviceCentreId: z.string().min(1).max(64),
});
const LETTER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Creates the support service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const support = createSupportService(ctx);
 * await support.unblock({ operatorId: 'op_17' }, { accountId, reason: 'identity checked by phone' });
 * ```
 */
export function createSupportService(ctx: AccountContext): SupportService {
  const party = (operator: OperatorContext): JournalParty => ({
    type: 'support',
    id: operator.operatorId,
  });
  const notFound = fail(issue('account.not_found', ['accountId']));

  function checkOperator(operator: OperatorContext): Result<undefined> {
    return typeof operator?.operatorId === 'string' &&
      /^[A-Za-z0-9_.:-]{1,128}$/.test(operator.operatorId)
      ? ok(undefined)
      : fail(issue('input.wrong_format', ['operatorId']));
  }

  async function view(account: AccountRecord): Promise<SupportAccountView> {
    const lock = await ctx.lockout.accountStatus(account.id);
    return {
      accountId: account.id,
      userType: account.userType,
      lifecycle: account.lifecycle,
      level: account.level,
      phone: account.phone.masked,
      email: account.email.masked,
      lock: { locked: lock.locked, failures: lock.failures },
      checks: account.identityChecks.map(checkView),
      sessions: account.sessionIds.length,
      ...(account.blockReason === undefined ? {} : { blockReason: account.blockReason }),
    };
  }

  /** Support unblock: the lifecycle through the table, then the clarifications that still apply (ACC-5). */
  function unblocked(
    account: AccountRecord,
    now: number,
  ): Result<{ account: AccountRecord; transitions: AppliedTransition[] }> {
    if (account.lifecycle !== 'locked' && account.lifecycle !== 'blocked')
      return ok({ account, transitions: [] });
    const r = applyLifecycle(account, 'support_unblock', now);
    if (!r.success) return r;
    const { blockReason: _b, ...rest } = r.data.account;
    const reconciled = reconcileLifecycle(rest, now);
    return ok({
      account: reconciled.account,
      transitions: [...r.data.transitions, ...reconciled.transitions],
    });
  }

  async function operatorCheckStep(
    operator: OperatorContext,
    accountId: string,
    action: string,
    decide: (
      account: AccountRecord,
      now: number,
    ) => Promise<
      Result<{
        account: AccountRecord;
        checkId: string;
        transitions: readonly AppliedTransition[];
        registry?: object;
      }>
    >,
    extra: Record<string, string> = {},
  ): Promise<Result<CheckView>> {
    let before: AccountRecord | undefined;
    let after: AccountRecord | undefined;
    let checkId = '';
    const r = await runAccountStep(ctx, accountId, party(operator), async (current, now) => {
      const decided = await decide(current, now);
      if (!decided.success) return { result: decided };
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
              ...(decided.data.registry === undefined
                ? {}
                : { registry: decided.data.registry as Record<string, string> }),
              ...extra,
            },
          },
        ],
      };
    });
    if (r.success && before !== undefined && after !== undefined)
      await noticeFor(ctx, before, after, checkId);
    return r;
  }

  return {
    async account(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(accountSchema, input);
      if (!read.success) return read;
      const account = await loadAccount(ctx, read.data.accountId);
      return account === undefined ? notFound : ok(await view(account));
    },

    async unblock(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(unblockSchema, input);
      if (!read.success) return read;
      const account = await loadAccount(ctx, read.data.accountId);
      if (account === undefined) return notFound;
      await ctx.lockout.unlockBySupport({
        account: account.id,
        identifiers: [
          `phone:${account.phone.blindIndex}`,
          `email:${account.email.blindIndex}`,
          `login:${account.id}`,
        ],
        operator: operator.operatorId,
      });
      const r = await runAccountStep(ctx, account.id, party(operator), async (current, now) => {
        const u = unblocked(current, now);
        if (!u.success) return { result: u };
        return {
          result: ok(u.data.account),
          account: { ...u.data.account, updatedAt: now },
          journal: [
            {
              action: 'support.account_unblocked',
              payload: {
                transitions: u.data.transitions.map((t) => ({ ...t })),
                ...(read.data.reason === undefined ? {} : { reason: read.data.reason }),
              },
            },
          ],
          after: async (written) =>
            notifyAccount(ctx, written, { code: 'notice.account_unblocked', purpose: 'notice' }),
        };
      });
      return r.success ? ok(await view(r.data)) : r;
    },

    async block(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(blockSchema, input);
      if (!read.success) return read;
      const r = await runAccountStep(
        ctx,
        read.data.accountId,
        party(operator),
        async (current, now) => {
          const blocked = applyLifecycle(current, 'support_block', now);
          if (!blocked.success)
            return {
              result: blocked,
              journal: [
                {
                  action: 'support.account_block_rejected',
                  payload: { lifecycle: current.lifecycle },
                },
              ],
            };
          const ended = current.sessionIds;
          const next: AccountRecord = {
            ...blocked.data.account,
            blockReason: read.data.reason,
            sessionIds: [],
          };
          return {
            result: ok(next),
            account: next,
            journal: [
              {
                action: 'support.account_blocked',
                payload: {
                  reason: read.data.reason,
                  sessions: ended.length,
                  transitions: blocked.data.transitions.map((t) => ({ ...t })),
                },
              },
            ],
            after: async () => {
              // ASVS 7.4.2: a disabled account keeps no session.
              await revokeSessions(ctx, ended, 'account_disabled', now);
            },
          };
        },
      );
      return r.success ? ok(await view(r.data)) : r;
    },

    async close(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(blockSchema, input);
      if (!read.success) return read;
      const r = await runAccountStep(
        ctx,
        read.data.accountId,
        party(operator),
        async (current, now) => {
          const closed = applyLifecycle(current, 'close', now);
          if (!closed.success)
            return {
              result: closed,
              journal: [
                {
                  action: 'support.account_close_rejected',
                  payload: { lifecycle: current.lifecycle },
                },
              ],
            };
          const ended = current.sessionIds;
          const next: AccountRecord = { ...closed.data.account, sessionIds: [] };
          return {
            result: ok(next),
            account: next,
            journal: [
              {
                action: 'support.account_closed',
                payload: {
                  reason: read.data.reason,
                  sessions: ended.length,
                  transitions: closed.data.transitions.map((t) => ({ ...t })),
                },
              },
            ],
            after: async () => {
              await revokeSessions(ctx, ended, 'account_disabled', now);
            },
          };
        },
      );
      return r.success ? ok(await view(r.data)) : r;
    },

    async restoreAccess(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(accountSchema, input);
      if (!read.success) return read;
      const account = await loadAccount(ctx, read.data.accountId);
      if (account === undefined) return notFound;
      await ctx.lockout.unlockBySupport({
        account: account.id,
        identifiers: [
          `phone:${account.phone.blindIndex}`,
          `email:${account.email.blindIndex}`,
          `login:${account.id}`,
        ],
        operator: operator.operatorId,
      });
      const secret = newSecret(ctx.random);
      const token = `${account.id}.${secret}`;
      return runAccountStep(ctx, account.id, party(operator), async (current, now) => {
        if (current.lifecycle === 'closed' || current.lifecycle === 'contacts_pending')
          return { result: fail(issue('account.not_usable', [])) };
        const u = unblocked(current, now);
        if (!u.success) return { result: u };
        const expiresAt = now + ctx.policy.activationLinkTtlMs;
        return {
          result: ok({ sentTo: current.phone.masked, expiresAt }),
          account: {
            ...u.data.account,
            recovery: { tokenHash: hashSecret(secret), expiresAt, operatorId: operator.operatorId },
            updatedAt: now,
          },
          journal: [
            {
              action: 'support.access_restore_started',
              payload: { transitions: u.data.transitions.map((t) => ({ ...t })) },
            },
          ],
          after: async (written) =>
            notifyAccount(
              ctx,
              written,
              { code: 'notice.access_restored', params: { token }, purpose: 'notice' },
              ['phone'],
            ),
        };
      });
    },

    async dispatchLetter(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(letterSchema, input);
      if (!read.success) return read;
      const code = randomString(8, LETTER_ALPHABET, ctx.random);
      let address = '';
      const r = await operatorCheckStep(
        operator,
        read.data.accountId,
        'identity.letter_sent',
        async (current, now) => {
          const check = current.identityChecks.find(
            (c) => c.id === read.data.checkId && c.kind === 'registered_mail',
          );
          if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
          const personal = readPersonal(ctx, current);
          address = personal.address === undefined ? '' : formatAddress(personal.address);
          const moved = await advanceCheck(
            ctx,
            current,
            check.id,
            'letter_sent',
            {
              trackingNumber: read.data.trackingNumber,
              secretHash: macSecret(ctx, `letter:${check.id}`, code),
              secretExpiresAt: now + ctx.policy.letterCodeTtlMs,
            },
            now,
          );
          return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
        },
        { trackingNumber: read.data.trackingNumber },
      );
      return r.success ? ok({ check: r.data, code, address }) : r;
    },

    async verifyVideo(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(videoSchema, input);
      if (!read.success) return read;
      return operatorCheckStep(
        operator,
        read.data.accountId,
        'identity.operator_verified',
        async (current, now) => {
          const check = current.identityChecks.find(
            (c) => c.id === read.data.checkId && c.kind === 'video',
          );
          if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
          const moved = await advanceCheck(
            ctx,
            current,
            check.id,
            'operator_verified',
            { operatorId: operator.operatorId },
            now,
          );
          return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
        },
      );
    },

    async verifyInPerson(operator, input) {
      const okOp = checkOperator(operator);
      if (!okOp.success) return okOp;
      const read = readInput(inPersonSchema, input);
      if (!read.success) return read;
      if (!ctx.policy.confirmationMethods.includes('in_person'))
        return fail(issue('identity.method_unavailable', []));
      const secret = newSecret(ctx.random);
      let token = '';
      let written: AccountRecord | undefined;
      const r = await operatorCheckStep(
        operator,
        read.data.accountId,
        'identity.operator_verified',
        async (current, now) => {
          if (current.level === 'confirmed') return fail(issue('identity.already_confirmed', []));
          // ACC-2: no skipping — the documents check (standard) comes first.
          if (current.level !== 'standard')
            return fail(issue('identity.level_required', [], { level: 'standard' }));
          const check = newCheck(
            ctx,
            current.id,
            'in_person',
            { serviceCentreId: read.data.serviceCentreId },
            { serviceCentre: read.data.serviceCentreId },
            now,
          );
          token = `${current.id}.${secret}`;
          const moved = await advanceCheck(
            ctx,
            { ...current, identityChecks: [...current.identityChecks, check] },
            check.id,
            'operator_verified',
            {
              operatorId: operator.operatorId,
              secretHash: hashSecret(secret),
              secretExpiresAt: now + ctx.policy.activationLinkTtlMs,
            },
            now,
          );
          if (moved.success) written = moved.data.account;
          return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
        },
        { serviceCentreId: read.data.serviceCentreId },
      );
      if (r.success && written !== undefined)
        await notifyAccount(
          ctx,
          written,
          { code: 'notice.activation_link', params: { token }, purpose: 'activation-link' },
          ['phone'],
        );
      return r;
    },
  };
}
