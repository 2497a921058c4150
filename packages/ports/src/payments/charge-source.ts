import type { PayeeRequisites } from './payment-record.js';

/**
 * The state of a charge (начисление): `unpaid` (it can be paid), `paid` (paid here or
 * elsewhere; paying again is refused), `annulled` (withdrawn by its administrator).
 *
 * @example
 * ```ts
 * const status: ChargeStatus = 'unpaid';
 * ```
 */
export type ChargeStatus = 'unpaid' | 'paid' | 'annulled';

/**
 * A charge (начисление): what one payer owes under one УИН. The amount, service and payee of
 * a state duty come only from here, never from the client; the charge is bound to its payer,
 * so no other account can pay (or block) it.
 *
 * @example
 * ```ts
 * const charge: ChargeRecord = { uin: '32117072411021588933', accountId: 'acc_1', amountKopecks: 600_000,
 *   serviceType: 'temporary_residence', serviceName: 'Госпошлина за РВП', status: 'unpaid', issuedAt: 0 };
 * ```
 */
export interface ChargeRecord {
  /** УИН (20 or 25 digits, check digit valid). */
  readonly uin: string;
  /** The payer's account (an adapter over GIS GMP maps the payer's identifier to it). */
  readonly accountId: string;
  /** The amount due, integer kopecks. */
  readonly amountKopecks: number;
  /** Service type for filtering and the level gate (`[a-z0-9_.-]`, up to 64). */
  readonly serviceType: string;
  /** Display name (up to 200 characters). */
  readonly serviceName?: string;
  /** Payee bank details (needed to pay by a GOST QR code). */
  readonly payee?: PayeeRequisites;
  /** The catalogue duty it was issued for, when it came from a catalogue. */
  readonly dutyCode?: string;
  /** Its state. */
  readonly status: ChargeStatus;
  /** When it was issued, epoch ms. */
  readonly issuedAt: number;
  /** The payment that paid it here, once paid. */
  readonly paymentId?: string;
}

/**
 * A duty of a catalogue with a fixed amount: what {@link ChargeSource.issue} charges.
 *
 * @example
 * ```ts
 * const duty: DutyCatalogueEntry = { code: 'rvp', serviceType: 'temporary_residence', name: 'Госпошлина за разрешение на временное проживание', amountKopecks: 600_000 };
 * ```
 */
export interface DutyCatalogueEntry {
  /** Stable code (`[a-z0-9_.-]`, up to 64) the client names. */
  readonly code: string;
  /** Service type of the charges it issues. */
  readonly serviceType: string;
  /** Display name. */
  readonly name: string;
  /** The fixed amount, integer kopecks. */
  readonly amountKopecks: number;
  /** Payee bank details. */
  readonly payee?: PayeeRequisites;
}

/**
 * The port to charges (начисления): looked up by УИН (GIS GMP, an agency's billing) or issued
 * from a catalogue of duties with fixed amounts. The payments service takes a payment's
 * amount, service and payee only from the charge, and only for the charge's own payer.
 *
 * @example
 * ```ts
 * const charge = await charges.find('32117072411021588933');
 * if (charge?.accountId === accountId && charge.status === 'unpaid') pay(charge.amountKopecks);
 * ```
 */
export interface ChargeSource {
  /** The charge of a УИН, or `undefined` when there is none. */
  find(uin: string): Promise<ChargeRecord | undefined>;
  /** The account's charges, newest first (for a «Начисления» page). */
  listFor(accountId: string): Promise<readonly ChargeRecord[]>;
  /** The catalogue of duties this source can issue; absent when it only looks charges up. */
  readonly duties?: readonly DutyCatalogueEntry[];
  /**
   * Issues a charge of a catalogue duty to the account: the catalogue's amount and a fresh
   * УИН (a source may return the account's unpaid charge of that duty instead of a second
   * one). Absent when the source only looks charges up.
   * @returns the charge, or `undefined` when the catalogue has no such duty
   */
  issue?(input: {
    readonly accountId: string;
    readonly dutyCode: string;
  }): Promise<ChargeRecord | undefined>;
  /**
   * Marks a charge paid by a payment here (idempotent). Absent when the source learns of
   * payments on its own (GIS GMP quittance).
   */
  markPaid?(input: { readonly uin: string; readonly paymentId: string }): Promise<void>;
}
