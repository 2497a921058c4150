import { z } from 'zod';

const IDEMPOTENCY_KEY = z
  .string()
  .max(64)
  .describe(
    'Your key for this try (8–64 characters); a retry with it resumes the same attempt (S-16)',
  );
const UIN = z.string().max(32);
// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const QR_SCHEME: z.ZodType<'sbp' | 'gost', 'sbp' | 'gost'> = z.enum(['sbp', 'gost']);
const METHOD_KINDS = ['card', 'wallet', 'sbp', 'direct_debit'] as const;
const METHOD_KIND: z.ZodType<(typeof METHOD_KINDS)[number], (typeof METHOD_KINDS)[number]> =
  z.enum(METHOD_KINDS);
const CARD_NETWORKS = ['visa', 'mastercard', 'unionpay', 'mir'] as const;
const CARD_NETWORK: z.ZodType<(typeof CARD_NETWORKS)[number], (typeof CARD_NETWORKS)[number]> =
  z.enum(CARD_NETWORKS);

/**
 * The zod schemas of the payments service's inputs that an HTTP route takes, read with
 * `readInput` (`@kabinet/core`) by the service before its own checks, so a wrong type gets the
 * same code at either layer (`input.not_a_string`, `input.not_an_integer`, …). The routes use
 * them as they are; the account, its level and the ids come from the session and the path.
 * What the service checks after the shape (the УИН's checksum, the idempotency key's
 * alphabet, a positive amount) keeps its domain code (`uin.*`, `payment.*`).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { paymentInputSchemas } from '@kabinet/payments/service';
 * readInput(paymentInputSchemas.createPayment, { uin: 18810177230000012345 });
 * // { success: false, issues: [{ code: 'input.not_a_string', path: ['uin'] }] }
 * ```
 */
export const paymentInputSchemas = {
  /** `issueCharge`: the duty to charge. */
  issueCharge: z.object({
    /** A duty code of the catalogue. */
    dutyCode: z.string().max(64).describe('a `code` from `GET /v1/charges` `duties`'),
  }),
  /** `createPayment`: the УИН of one of the account's charges. */
  createPayment: z.object({
    /** The charge's УИН. */
    uin: UIN.describe('УИН of a charge of this account (`GET /v1/charges`)'),
  }),
  /** `bindMethod`: a method the provider's form tokenised (PAY-1). */
  bindMethod: z.object({
    /** Card, wallet, SBP or direct debit. */
    kind: METHOD_KIND,
    /** The provider's token. */
    token: z.string().max(256),
    /** The instrument's fingerprint: binding it again returns the method. */
    fingerprint: z.string().max(256),
    /** What the holder sees, masked. */
    label: z.string().max(64).describe('masked, e.g. Visa •••• 4242'),
    /** A card's network; the policy says which are accepted. */
    network: CARD_NETWORK.optional(),
  }),
  /** `payWithMethod`: the bound method and the pay intent's key. */
  payWithMethod: z.object({
    /** A bound method's id. */
    methodId: z.string().max(64),
    /** The pay intent's idempotency key. */
    idempotencyKey: IDEMPOTENCY_KEY,
  }),
  /** `payWithQr`: the QR scheme and the pay intent's key. */
  payWithQr: z.object({
    /** SBP link or GOST R 56042 code. */
    scheme: QR_SCHEME,
    /** The pay intent's idempotency key. */
    idempotencyKey: IDEMPOTENCY_KEY,
  }),
  /** `confirmCheck`: the answer to a method's first-use check (PAY-2). */
  confirmCheck: z.object({
    /** The SMS code, bank-app confirmation or wallet password. */
    answer: z.string().max(128),
  }),
  /** `refundPayment`: the amount back and the refund's key. */
  refundPayment: z.object({
    /** Kopecks to refund. */
    amountKopecks: z.number().int(),
    /** The refund's idempotency key. */
    idempotencyKey: z.string().max(64),
  }),
  /** `recordQuittance`: the accrual's УИН and its GIS GMP acknowledgment. */
  recordQuittance: z.object({
    /** The accrual's УИН. */
    uin: UIN,
    /** The acknowledgment status, 1…6. */
    acknowledgment: z.number().int(),
    /** Kopecks the quittance says were paid. */
    paidKopecks: z.number().int().optional(),
  }),
};
