import { type Clock } from '@kabinet/core';
import type { AccountRecord, StoreBackend } from '@kabinet/ports';
import {
  createKabinet,
  generateDevelopmentKeys,
  type AccountPolicy,
  type StaticKeysConfig,
} from 'kabinet';
import { inMemoryPorts, simulatedAgency, simulatedPayments } from 'kabinet/testing';
import { createMemoryStores } from '@kabinet/memory';
import { afterRegistration, type AfterRegistrationResult } from './after-registration.js';
import { foreignCitizen } from './foreign-citizen.js';
import { payDuties } from './pay-duties.js';
import { permitHolder } from './permit-holder.js';
import type { Printer } from './printer.js';
import { showJournal } from './show-journal.js';
import { createFakeClock } from '@kabinet/core/testing';

/**
 * The test-cost scrypt parameters (N = 2^10, r = 8, p = 1) that `--fast` / `KABINET_SCRYPT=test`
 * and the tests use; the default policy's N = 2^17 costs about 128 times as much per hash.
 */
export const TEST_SCRYPT = {
  cost: 2 ** 10,
  blockSize: 8,
  parallelization: 1,
  keyLength: 32,
  saltLength: 16,
} as const;

/** What a run ends with. */
export interface WalkthroughResult {
  readonly journalVerified: boolean;
  readonly levels: readonly string[];
  /** The two people's account ids. */
  readonly accountIds: readonly string[];
  /** How the confirmed person's applications, visit, support request and notices ended. */
  readonly services: AfterRegistrationResult;
}

/** Where the walkthrough keeps its data: memory by default, or a backend made on its clock. */
export interface WalkthroughOptions {
  /** Account policy overrides (the tests lower the scrypt cost). */
  readonly account?: Partial<AccountPolicy>;
  /** Builds the storage backend on the walkthrough's clock (e.g. `createPostgresStores`). */
  readonly backend?: (clock: Clock) => StoreBackend;
  /** The keys (default: fresh development keys); a durable backend is read back with the same ones. */
  readonly keys?: StaticKeysConfig;
}

/**
 * The whole walkthrough on the in-memory adapters and a fake clock (so the output is the
 * same on every run apart from random codes and ids).
 *
 * @param print - where the lines go
 * @param options - policy overrides and the storage backend
 * @returns whether the journal verified, the final levels and the account ids
 */
export async function runWalkthrough(
  print: Printer,
  options: WalkthroughOptions = {},
): Promise<WalkthroughResult> {
  const clock = createFakeClock(Date.UTC(2026, 2, 2, 6, 0, 0));
  const account = options.account ?? {};
  // The store is chosen here: memory unless the caller brings a backend (PostgreSQL in its test).
  const backend = options.backend?.(clock) ?? createMemoryStores({ clock });
  const agency = simulatedAgency({ clock });
  const kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    backend,
    keys: options.keys ?? generateDevelopmentKeys('walkthrough'),
    clock,
    serviceName: 'Госуслуги (демо)',
    tokens: { issuer: 'https://lk.example.ru', audience: 'kabinet-api' },
    scanFile: async () => 'clean',
    policy: { account },
    // The simulated provider is chosen here, never a default: a demo moves no money. Its charges
    // (the duties' amounts) live in the backend, so they survive a restart on PostgreSQL.
    payments: simulatedPayments({ clock, chargeStore: backend.versioned('charges') }),
    // The simulated authority decides applications here (SVC-1); never a default either.
    applications: { agency },
  });
  try {
    print.section(
      options.backend === undefined
        ? { ru: 'Kabinet на адаптерах в памяти', en: 'Kabinet on the in-memory adapters' }
        : { ru: 'Kabinet на внешнем хранилище', en: 'Kabinet on an external store' },
    );
    const n = Math.log2(kabinet.policy.scrypt.cost);
    const hours = kabinet.policy.clarificationDeadlineMs / 3_600_000;
    const idle = kabinet.policy.sessionIdleMs / 60_000;
    print.step({
      ru: `createKabinet: политика «portal», scrypt N=2^${n}, срок ответа на уточнение ${hours} ч, бездействие сессии ${idle} мин`,
      en: `createKabinet: policy "portal", scrypt N=2^${n}, clarification deadline ${hours} h, session idle timeout ${idle} min`,
    });
    const aziz = await foreignCitizen({ kabinet, clock, print });
    const dilnoza = await permitHolder({ kabinet, clock, print });
    await payDuties({ kabinet, clock, print }, aziz.auth);
    const services = await afterRegistration({ kabinet, clock, print }, agency, dilnoza.auth);
    const verified = await showJournal({ kabinet, clock, print }, [
      {
        name: { ru: 'Азиз Каримов', en: 'Aziz Karimov' },
        accountId: aziz.accountId,
        draftId: aziz.draftId,
      },
      {
        name: { ru: 'Дильноза Исмаилова', en: 'Dilnoza Ismailova' },
        accountId: dilnoza.accountId,
        draftId: dilnoza.draftId,
      },
    ]);
    const levels = await Promise.all(
      [aziz.accountId, dilnoza.accountId].map(
        async (id) =>
          (await backend.versioned<AccountRecord>('accounts').get(id))?.level ?? 'missing',
      ),
    );
    return {
      journalVerified: verified,
      levels,
      accountIds: [aziz.accountId, dilnoza.accountId],
      services,
    };
  } finally {
    // The journal's sequencer stops before the caller ends its pool.
    await kabinet.close();
  }
}
