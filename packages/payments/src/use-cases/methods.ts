import {
  createId,
  fail,
  issue,
  ok,
  readInput,
  retryOnConflict,
  type Issue,
  type Result,
} from '@kabinet/core';
import type { PaymentMethodRecord, Stored } from '@kabinet/ports';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type { BindMethodInput } from '../service/payments-service-inputs.js';
import type { PaymentMethodView } from '../service/payments-service-outcomes.js';
import { accountParty, record, type ServiceContext } from '../steps/payments-context.js';
import { isId } from '../_lib/ids.js';
import { unstore } from '../_lib/records.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const BINDABLE = new Set(['card', 'wallet', 'sbp', 'direct_debit']);
const TOKEN = /^[\x21-\x7e]{1,256}$/;
const LONG_DIGITS = /\d(?:[\s-]?\d){8,}/;

/**
 * What the account sees of a bound method: masked label, kind, check, never the token (S-12).
 *
 * @example
 * ```ts
 * const views = methods.map(methodView);
 * ```
 */
export function methodView(method: Stored<PaymentMethodRecord>): PaymentMethodView {
  return {
    id: method.id,
    kind: method.kind,
    ...(method.network === undefined ? {} : { network: method.network }),
    label: method.label,
    check: method.check,
    verified: method.verifiedAt !== undefined,
    createdAt: method.createdAt,
  };
}

/**
 * listMethods: the account's active methods.
 *
 * @example
 * ```ts
 * const methods = await listMethods(ctx, 'acc_1');
 * ```
 */
export async function listMethods(
  ctx: ServiceContext,
  accountId: string,
): Promise<readonly PaymentMethodView[]> {
  if (!isId(accountId)) return [];
  const methods = await ctx.store.methods.listByAccount(accountId);
  return methods.filter((m) => m.status === 'active').map(methodView);
}

/**
 * bindMethod (PAY-1, PAY-2): a tokenised instrument, once per fingerprint; masked labels only (S-12).
 *
 * @example
 * ```ts
 * const r = await bindMethod(ctx, { accountId: 'acc_1', kind: 'card', network: 'visa', token: 'tok_1', fingerprint: 'fp_1', label: 'Visa •••• 4242' });
 * ```
 */
export async function bindMethod(
  ctx: ServiceContext,
  input: BindMethodInput,
): Promise<Result<PaymentMethodView, PaymentsIssueCode>> {
  const read = readInput(paymentInputSchemas.bindMethod, input);
  if (!read.success) return read;
  const issues: Issue<PaymentsIssueCode>[] = [];
  if (!isId(input.accountId)) issues.push(issue('input.wrong_format', ['accountId']));
  if (!BINDABLE.has(input.kind)) issues.push(issue('payment.method_kind_invalid', ['kind']));
  if (typeof input.token !== 'string' || !TOKEN.test(input.token))
    issues.push(issue('payment.method_token_invalid', ['token']));
  if (
    typeof input.fingerprint !== 'string' ||
    !TOKEN.test(input.fingerprint) ||
    input.fingerprint.length > 128
  )
    issues.push(issue('payment.method_token_invalid', ['fingerprint']));
  if (
    typeof input.label !== 'string' ||
    input.label.trim() === '' ||
    input.label.length > 64 ||
    LONG_DIGITS.test(input.label)
  ) {
    issues.push(issue('payment.method_label_invalid', ['label'], { max: 64 }));
  }
  if (input.kind === 'card') {
    if (input.network === undefined)
      issues.push(issue('payment.method_network_required', ['network']));
    else if (!ctx.policy.cardNetworks.includes(input.network))
      issues.push(
        issue('payment.method_network_unsupported', ['network'], {
          network: String(input.network),
        }),
      );
  }
  if (issues.length > 0) return fail(issues);
  const kind = input.kind;
  // A conflict is another bind of the same fingerprint winning (S-15): look it up again.
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const existing = await ctx.store.methods.findActiveByFingerprint(
      input.accountId,
      input.fingerprint,
    );
    if (existing !== undefined) return ok(methodView(existing));
    const now = ctx.clock.now();
    const method: PaymentMethodRecord = {
      id: createId('pm', now, ctx.random),
      accountId: input.accountId,
      kind,
      ...(kind === 'card' && input.network !== undefined ? { network: input.network } : {}),
      label: input.label.trim(),
      fingerprint: input.fingerprint,
      providerToken: input.token,
      check: ctx.policy.firstUseCheck[kind],
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    const stored = await ctx.store.methods.create(method);
    await record(ctx, accountParty(input.accountId), 'payment.method_bound', input.accountId, {
      methodId: stored.id,
      kind: stored.kind,
      label: stored.label,
      check: stored.check,
    });
    return ok(methodView(stored));
  });
}

/**
 * removeMethod: the method stays in history, marked removed.
 *
 * @example
 * ```ts
 * const r = await removeMethod(ctx, 'acc_1', methodId);
 * ```
 */
export async function removeMethod(
  ctx: ServiceContext,
  accountId: string,
  methodId: string,
): Promise<Result<PaymentMethodView, PaymentsIssueCode>> {
  if (!isId(accountId) || !isId(methodId))
    return fail(issue('payment.method_not_found', ['methodId']));
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const method = await ctx.store.methods.get(methodId);
    if (method === undefined || method.accountId !== accountId)
      return fail(issue('payment.method_not_found', ['methodId']));
    if (method.status === 'removed') return ok(methodView(method));
    const now = ctx.clock.now();
    const stored = await ctx.store.methods.update(
      { ...unstore(method), status: 'removed', removedAt: now, updatedAt: now },
      method.version,
    );
    await record(ctx, accountParty(accountId), 'payment.method_removed', accountId, {
      methodId,
      kind: method.kind,
      label: method.label,
    });
    return ok(methodView(stored));
  });
}
