// How an attempt pays: a QR scheme, or one of the account's active bound methods.
import { fail, issue, ok, type Result } from '@kabinet/core';
import type { PaymentMethodKind, PaymentMethodRecord, Stored } from '@kabinet/ports';
import type { ServiceContext } from '../../steps/payments-context.js';
import { isId } from '../../_lib/ids.js';
import type { PaymentsIssueCode } from '../../messages/payment-messages.js';

/** How a pay call asks to pay: a bound method, or a QR scheme. */
export type How = { readonly methodId: string } | { readonly scheme: 'sbp' | 'gost' };

/**
 * The method kind of `how` (and the method, when bound); issues `payment.qr_scheme_invalid`,
 * `payment.method_not_found` (also for another account's method), `payment.method_removed`.
 */
export async function checkMethod(
  ctx: ServiceContext,
  accountId: string,
  how: How,
): Promise<
  Result<{ kind: PaymentMethodKind; method?: Stored<PaymentMethodRecord> }, PaymentsIssueCode>
> {
  if ('scheme' in how) {
    if (how.scheme !== 'sbp' && how.scheme !== 'gost')
      return fail(issue('payment.qr_scheme_invalid', ['scheme']));
    return ok({ kind: how.scheme === 'sbp' ? 'sbp' : 'qr' });
  }
  if (!isId(how.methodId)) return fail(issue('payment.method_not_found', ['methodId']));
  const method = await ctx.store.methods.get(how.methodId);
  if (method === undefined || method.accountId !== accountId)
    return fail(issue('payment.method_not_found', ['methodId']));
  if (method.status !== 'active') return fail(issue('payment.method_removed', ['methodId']));
  return ok({ kind: method.kind, method });
}
