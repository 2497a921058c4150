// Shared by the payments tests: a service over the memory store, a simulated provider, a
// simulated first-use check and a journal that keeps events; frozen time, seeded randomness.
import { createSeededRandom } from '@kabinet/core';
import { createMemoryPaymentStore, type MemoryPaymentStore } from '@kabinet/memory';
import { computeUinCheckDigit } from '../src/uin/compute-uin-check-digit.js';
import {
  createSimulatedChargeSource,
  type PostChargeInput,
  type SimulatedChargeSource,
} from '../src/testing/create-simulated-charge-source.js';
import {
  createSimulatedMethodCheck,
  type SimulatedMethodCheck,
} from '../src/testing/create-simulated-method-check.js';
import { createSimulatedProvider } from '../src/testing/create-simulated-provider.js';
import type { SimulatedDialect, SimulatedProvider } from '../src/testing/simulated-provider.js';
import { createPaymentsService } from '../src/service/create-payments-service.js';
import type { PaymentJournalEvent } from '../src/service/payment-journal.js';
import { defaultPaymentsPolicy, type PaymentsPolicy } from '../src/service/payments-policy.js';
import type { PaymentsService } from '../src/service/payments-service.js';
import type { AccountLevel, ChargeSource, PaymentRecord, Stored } from '@kabinet/ports';
import type { Result } from '@kabinet/core';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

/** A charge as a test names it: its УИН and what its administrator posted. */
export type TestAccrual = Omit<PostChargeInput, 'accountId' | 'uin'> & { readonly uin: string };

export interface Kit {
  readonly clock: FakeClock;
  readonly store: MemoryPaymentStore;
  readonly provider: SimulatedProvider;
  readonly methodCheck: SimulatedMethodCheck;
  readonly events: PaymentJournalEvent[];
  readonly charges: SimulatedChargeSource;
  readonly payments: PaymentsService;
  /** Posts the charge to the account (once per УИН, as GIS GMP would) and creates its payment. */
  readonly createFor: (input: {
    readonly accountId: string;
    readonly accountLevel: AccountLevel;
    readonly accrual: TestAccrual;
  }) => Promise<Result<Stored<PaymentRecord>>>;
}

/** The callback secret the kit's simulated provider signs with. */
export const KIT_SECRET = 'kit-secret-0123456789abcdef';

export function makeKit(
  options: {
    dialect?: SimulatedDialect;
    policy?: PaymentsPolicy;
    seed?: number;
    wrapCharges?: (charges: SimulatedChargeSource) => ChargeSource;
  } = {},
): Kit {
  const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0, 0));
  const random = createSeededRandom(options.seed ?? 7);
  const store = createMemoryPaymentStore({ clock });
  const provider = createSimulatedProvider({
    clock,
    dialect: options.dialect ?? 'acquirer',
    secret: KIT_SECRET,
  });
  const methodCheck = createSimulatedMethodCheck({ clock, random });
  const events: PaymentJournalEvent[] = [];
  const charges = createSimulatedChargeSource({ clock, random });
  const payments = createPaymentsService({
    store,
    charges: options.wrapCharges === undefined ? charges : options.wrapCharges(charges),
    provider,
    journal: { append: async (event) => void events.push(event) },
    clock,
    random,
    policy: options.policy ?? defaultPaymentsPolicy,
    methodCheck,
  });
  const createFor: Kit['createFor'] = async ({ accountId, accountLevel, accrual }) => {
    if ((await charges.find(accrual.uin)) === undefined)
      await charges.post({ ...accrual, accountId });
    return payments.createPayment({ accountId, accountLevel, uin: accrual.uin });
  };
  return { clock, store, provider, methodCheck, events, charges, payments, createFor };
}

/** A valid 20-digit УИН whose body is the given number (zero-padded to 19 digits). */
export function uinFor(n: number): string {
  const body = String(n).padStart(19, '0');
  return `${body}${computeUinCheckDigit(body)}`;
}

/** Throws unless the result is a success; returns its data. */
export function must<T>(
  result: { success: true; data: T } | { success: false; issues: readonly { code: string }[] },
): T {
  if (!result.success)
    throw new Error(`expected success, got ${result.issues.map((i) => i.code).join(', ')}`);
  return result.data;
}

/** The issue codes of a failed result. */
export function codes(result: {
  success: boolean;
  issues?: readonly { code: string }[];
}): string[] {
  return result.success ? [] : (result.issues ?? []).map((i) => i.code);
}

export const TREASURY_PAYEE = {
  name: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
  personalAcc: '03100643000000017300',
  bankName: 'ГУ Банка России по ЦФО//УФК по г. Москве',
  bic: '004525988',
  correspAcc: '40102810545370000003',
  payeeInn: '7707089101',
  kpp: '770731005',
  cbc: '18810806000010008110',
  oktmo: '45382000',
} as const;
