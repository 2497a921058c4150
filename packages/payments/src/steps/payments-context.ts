import { createHash } from 'node:crypto';
import { KabinetError, isConflict, type Clock, type Random } from '@kabinet/core';
import type { JournaledUnits } from '@kabinet/audit/units';
import type { ChargeSource, PaymentAttemptRecord, PaymentRecord, PaymentStore, Stored } from '@kabinet/ports';
import type { MethodCheckVerifier } from '../methods/method-check-verifier.js';
import type { PaymentProvider } from '../providers/payment-provider.js';
import type { PaymentJournal, PaymentJournalAction, PaymentJournalParty, PaymentJournalValue } from '../service/payment-journal.js';
import type { PaymentsPolicy } from '../service/payments-policy.js';

/** Everything the service's use cases read. */
export interface ServiceContext {
  readonly store: PaymentStore;
  readonly charges: ChargeSource;
  readonly provider: PaymentProvider;
  readonly journal: PaymentJournal;
  readonly clock: Clock;
  readonly random: Random;
  readonly policy: PaymentsPolicy;
  readonly methodCheck: MethodCheckVerifier;
  readonly units: JournaledUnits;
}

/** The provider id of attempts paid by a GOST QR code and confirmed through GIS GMP. */
export const GOST_QR_PROVIDER = 'gost_qr';

export const SYSTEM: PaymentJournalParty = { type: 'system', id: 'payments' };

export function accountParty(accountId: string): PaymentJournalParty {
  return { type: 'account', id: accountId };
}

export function providerParty(ctx: ServiceContext): PaymentJournalParty {
  return { type: 'provider', id: ctx.provider.id };
}

/** Drops `undefined` values so the payload is plain JSON. */
function clean(payload: Readonly<Record<string, PaymentJournalValue | undefined>>): Record<string, PaymentJournalValue> {
  const out: Record<string, PaymentJournalValue> = {};
  for (const [key, value] of Object.entries(payload)) if (value !== undefined) out[key] = value;
  return out;
}

/** Journals an event about an account. */
export async function record(
  ctx: ServiceContext,
  actor: PaymentJournalParty,
  action: PaymentJournalAction,
  accountId: string,
  payload: Readonly<Record<string, PaymentJournalValue | undefined>>,
): Promise<void> {
  await ctx.journal.append({ actor, action, subject: accountParty(accountId), payload: clean(payload) });
}

/** What a payment write sees inside a unit: the store bound to it, and a journal that commits with it. */
export interface PaymentUnit {
  readonly store: PaymentStore;
  record(actor: PaymentJournalParty, action: PaymentJournalAction, accountId: string, payload: Readonly<Record<string, PaymentJournalValue | undefined>>): Promise<void>;
}

/**
 * Runs payment writes and their journal entries as one unit (`ctx.units`): on a backend with a
 * unit of work they commit together or not at all (S-14, AUD-1).
 */
export function inUnit<T>(ctx: ServiceContext, work: (unit: PaymentUnit) => Promise<T>): Promise<T> {
  return ctx.units.run((unit) =>
    work({
      store: unit.payments,
      record: (actor, action, accountId, payload) => unit.append({ actor, action, subject: accountParty(accountId), payload: clean(payload) }),
    }),
  );
}

/**
 * Runs a read-modify-write, re-running it from the read on a version conflict (S-15) up to
 * the policy's number of retries; the last conflict goes to the caller, never silently lost.
 */
export async function withRetry<T>(ctx: ServiceContext, body: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await body();
    } catch (error) {
      if (!isConflict(error) || attempt >= ctx.policy.conflictRetries) throw error;
    }
  }
}

/** The record without the store-managed `version`, ready to be written. */
export function unstore<T extends { readonly version: number }>(stored: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = stored;
  return rest;
}

export async function loadPayment(ctx: ServiceContext, paymentId: string): Promise<Stored<PaymentRecord>> {
  const payment = await ctx.store.payments.get(paymentId);
  if (payment === undefined) throw new KabinetError('ERR_NOT_FOUND', `payment ${paymentId} vanished`);
  return payment;
}

export async function loadAttempt(ctx: ServiceContext, attemptId: string): Promise<Stored<PaymentAttemptRecord>> {
  const attempt = await ctx.store.attempts.get(attemptId);
  if (attempt === undefined) throw new KabinetError('ERR_NOT_FOUND', `attempt ${attemptId} vanished`);
  return attempt;
}

/** Hex SHA-256 of a JSON value: the fingerprint of a request's parameters. */
export function fingerprint(value: unknown): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(value)).digest('hex')}`;
}

/** Stable JSON (sorted keys) for comparing records. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/** Whether a value is an opaque id the service accepts from callers. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

const KEY = /^[A-Za-z0-9_.:-]{8,64}$/;

/** Whether a value is a client idempotency key. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);

export function isTerminalAttempt(status: string): boolean {
  return TERMINAL.has(status);
}

const CHECK_KINDS = new Set(['sms_code', 'bank_app', 'wallet_password']);

/** Whether an attempt's action is our first-use check (rather than a provider's step). */
export function isCheckAction(action: PaymentAttemptRecord['action']): boolean {
  return action !== undefined && CHECK_KINDS.has(action.kind);
}
