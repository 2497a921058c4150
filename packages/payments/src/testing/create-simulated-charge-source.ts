import {
  ConflictError,
  KabinetError,
  cryptoRandom,
  retryOnConflict,
  randomString,
  type Clock,
  type Random,
} from '@kabinet/core';
import type {
  ChargeRecord,
  ChargeSource,
  DutyCatalogueEntry,
  PayeeRequisites,
  Stored,
  VersionedStore,
} from '@kabinet/ports';
import { createChargeBooks } from './_lib/charge-books.js';
import { computeUinCheckDigit } from '../uin/compute-uin-check-digit.js';
import { defaultDutyCatalogue } from './default-duty-catalogue.js';

/**
 * What the simulated charge source keeps per account: the account's charges, newest first.
 * Each УИН is a unique key of its book, so `find` is one key lookup.
 *
 * @example
 * ```ts
 * const store: VersionedStore<SimulatedChargeBook> = backend.versioned<SimulatedChargeBook>('charges');
 * ```
 */
export interface SimulatedChargeBook {
  /** The account id. */
  readonly id: string;
  /** Its charges, newest first. */
  readonly charges: readonly ChargeRecord[];
}

/**
 * Options of {@link createSimulatedChargeSource}.
 *
 * @example
 * ```ts
 * const options: SimulatedChargeSourceOptions = { clock, catalogue: defaultDutyCatalogue, store: backend.versioned('charges') };
 * ```
 */
export interface SimulatedChargeSourceOptions {
  /** Time source (the charges' `issuedAt`). */
  readonly clock: Clock;
  /** Randomness for fresh УИНs (default: crypto). */
  readonly random?: Random;
  /** The duties it can issue (default {@link defaultDutyCatalogue}). */
  readonly catalogue?: readonly DutyCatalogueEntry[];
  /** Where the charges live (e.g. a backend's versioned collection, to survive a restart); default in memory. */
  readonly store?: VersionedStore<SimulatedChargeBook>;
  /**
   * S-15: how many times a write to an account's book that lost to a concurrent write (a
   * version conflict) is run again from a fresh read before the conflict goes to the caller —
   * the same meaning as the payments policy's `conflictRetries` (default 4).
   */
  readonly conflictRetries?: number;
}

/**
 * A charge as its administrator posts it to the simulator (what GIS GMP would hold).
 *
 * @example
 * ```ts
 * const input: PostChargeInput = { accountId: 'acc_1', amountKopecks: 250_000, serviceType: 'fine', serviceName: 'Штраф' };
 * ```
 */
export interface PostChargeInput {
  /** The payer. */
  readonly accountId: string;
  /** The amount due, kopecks. */
  readonly amountKopecks: number;
  /** Service type. */
  readonly serviceType: string;
  /** Display name. */
  readonly serviceName?: string;
  /** Payee bank details. */
  readonly payee?: PayeeRequisites;
  /** The УИН (default: a fresh one with a valid check digit). */
  readonly uin?: string;
}

/**
 * The simulated charge source: a {@link ChargeSource} with a catalogue, plus what a charge's
 * administrator does (post any charge, annul one) for tests and demos.
 *
 * @example
 * ```ts
 * const charge = await charges.post({ accountId: 'acc_1', amountKopecks: 250_000, serviceType: 'fine' });
 * await charges.annul(charge.uin);
 * ```
 */
export interface SimulatedChargeSource extends ChargeSource {
  /** The catalogue it issues from. */
  readonly duties: readonly DutyCatalogueEntry[];
  /** Issues a catalogue duty to the account with a fresh УИН (or returns its unpaid charge of that duty); `undefined` for an unknown code. */
  issue(input: {
    readonly accountId: string;
    readonly dutyCode: string;
  }): Promise<ChargeRecord | undefined>;
  /** Marks the charge paid by a payment (idempotent). */
  markPaid(input: { readonly uin: string; readonly paymentId: string }): Promise<void>;
  /**
   * Posts a charge as its administrator would, with any amount.
   * @throws ConflictError when the УИН is taken
   */
  post(input: PostChargeInput): Promise<ChargeRecord>;
  /** Annuls a charge; returns it, or `undefined` when there is none. */
  annul(uin: string): Promise<ChargeRecord | undefined>;
}

const DIGITS = '0123456789';
const uinKey = (uin: string): string => `uin:${uin}`;

/**
 * Creates the simulated charge source: charges issued from a catalogue of duties with fixed
 * amounts (fresh 20-digit УИНs with a valid check digit; an account's unpaid charge of a duty
 * is returned again rather than doubled) or posted by a test as GIS GMP would, kept per account in a versioned store (a backend's collection survives a restart)
 * or in memory. Never a default: choose it for tests and demos.
 *
 * @param options - clock, randomness, catalogue and store
 * @returns the source
 * @throws KabinetError `ERR_CONFIG` when a catalogue code repeats, an amount is not positive integer kopecks or `conflictRetries` is not a non-negative integer
 * @example
 * ```ts
 * const charges = createSimulatedChargeSource({ clock: createFakeClock() });
 * const charge = await charges.issue({ accountId: 'acc_1', dutyCode: 'temporary_residence' });
 * await payments.createPayment({ accountId: 'acc_1', accountLevel: 'standard', uin: charge!.uin });
 * ```
 */
export function createSimulatedChargeSource(
  options: SimulatedChargeSourceOptions,
): SimulatedChargeSource {
  const clock = options.clock;
  const random = options.random ?? cryptoRandom;
  const duties = Object.freeze([...(options.catalogue ?? defaultDutyCatalogue)]);
  const codes = new Set<string>();
  for (const d of duties) {
    if (codes.has(d.code))
      throw new KabinetError('ERR_CONFIG', `charges: duty ${d.code} is listed twice`);
    if (!Number.isSafeInteger(d.amountKopecks) || d.amountKopecks <= 0)
      throw new KabinetError(
        'ERR_CONFIG',
        `charges: duty ${d.code} needs a positive amount in kopecks`,
      );
    codes.add(d.code);
  }
  const books = options.store ?? createChargeBooks();
  const conflictRetries = options.conflictRetries ?? 4;
  if (!Number.isInteger(conflictRetries) || conflictRetries < 0)
    throw new KabinetError('ERR_CONFIG', 'charges: conflictRetries must be a non-negative integer');

  const freshUin = (): string => {
    const body = randomString(19, DIGITS, random);
    return `${body}${computeUinCheckDigit(body)}`;
  };

  /**
   * Adds the charge `make` picks to the payer's book (or returns the one it picks from the
   * book): versioned, retried from the read when another write won.
   */
  async function add(
    accountId: string,
    make: (existing: readonly ChargeRecord[]) => ChargeRecord,
  ): Promise<ChargeRecord> {
    return retryOnConflict(conflictRetries, async () => {
      const book = await books.get(accountId);
      const existing = book?.charges ?? [];
      const charge = make(existing);
      if (existing.includes(charge)) return charge;
      const charges = [charge, ...existing];
      const keys = charges.map((c) => uinKey(c.uin));
      if (book === undefined) await books.create({ id: accountId, charges }, { uniqueKeys: keys });
      else await books.update({ id: book.id, charges }, book.version, { uniqueKeys: keys });
      return charge;
    });
  }

  /** Rewrites one charge in place (versioned, retried). */
  async function change(
    uin: string,
    edit: (c: ChargeRecord) => ChargeRecord,
  ): Promise<ChargeRecord | undefined> {
    return retryOnConflict(conflictRetries, async () => {
      const book: Stored<SimulatedChargeBook> | undefined = await books.findByKey(uinKey(uin));
      const current = book?.charges.find((c) => c.uin === uin);
      if (book === undefined || current === undefined) return undefined;
      const next = edit(current);
      if (next === current) return current;
      await books.update(
        { id: book.id, charges: book.charges.map((c) => (c.uin === uin ? next : c)) },
        book.version,
      );
      return next;
    });
  }

  return {
    duties,
    find: async (uin) => (await books.findByKey(uinKey(uin)))?.charges.find((c) => c.uin === uin),
    listFor: async (accountId) => (await books.get(accountId))?.charges ?? [],
    issue: async ({ accountId, dutyCode }) => {
      const duty = duties.find((d) => d.code === dutyCode);
      if (duty === undefined) return undefined;
      // An unpaid charge of the duty is returned again: asking twice owes once, and the book stays bounded.
      return add(
        accountId,
        (existing) =>
          existing.find((c) => c.dutyCode === duty.code && c.status === 'unpaid') ?? {
            uin: freshUin(),
            accountId,
            amountKopecks: duty.amountKopecks,
            serviceType: duty.serviceType,
            serviceName: duty.name,
            ...(duty.payee === undefined ? {} : { payee: duty.payee }),
            dutyCode: duty.code,
            status: 'unpaid',
            issuedAt: clock.now(),
          },
      );
    },
    post: (input) => {
      if (input.uin !== undefined) {
        const uin = input.uin;
        return books.findByKey(uinKey(uin)).then((taken) => {
          if (taken !== undefined) throw new ConflictError('charge', uin, 0);
          return add(input.accountId, () => charge(input, uin));
        });
      }
      return add(input.accountId, () => charge(input, freshUin()));
    },
    markPaid: async ({ uin, paymentId }) => {
      await change(uin, (c) => (c.status === 'paid' ? c : { ...c, status: 'paid', paymentId }));
    },
    annul: (uin) =>
      change(uin, (c) => (c.status === 'annulled' ? c : { ...c, status: 'annulled' })),
  };

  function charge(input: PostChargeInput, uin: string): ChargeRecord {
    return {
      uin,
      accountId: input.accountId,
      amountKopecks: input.amountKopecks,
      serviceType: input.serviceType,
      ...(input.serviceName === undefined ? {} : { serviceName: input.serviceName }),
      ...(input.payee === undefined ? {} : { payee: input.payee }),
      status: 'unpaid',
      issuedAt: clock.now(),
    };
  }
}
