import { createFakeClock } from '@kabinet/core';
import { createKabinet, generateDevelopmentKeys, type AccountPolicy } from 'kabinet';
import { foreignCitizen } from './foreign-citizen.js';
import { payDuties } from './pay-duties.js';
import { permitHolder } from './permit-holder.js';
import type { Printer } from './printer.js';
import { showJournal } from './show-journal.js';

/** What a run ends with. */
export interface WalkthroughResult {
  readonly journalVerified: boolean;
  readonly levels: readonly string[];
}

/**
 * The whole walkthrough on the in-memory adapters and a fake clock (so the output is the
 * same on every run apart from random codes and ids).
 *
 * @param print - where the lines go
 * @param account - account policy overrides (the test lowers the scrypt cost)
 * @returns whether the journal verified and the final levels
 */
export async function runWalkthrough(print: Printer, account: Partial<AccountPolicy> = {}): Promise<WalkthroughResult> {
  const clock = createFakeClock(Date.UTC(2026, 2, 2, 6, 0, 0));
  const kabinet = createKabinet({
    keys: generateDevelopmentKeys('walkthrough'),
    clock,
    serviceName: 'Госуслуги (демо)',
    tokens: { issuer: 'https://lk.example.ru', audience: 'kabinet-api' },
    scanFile: async () => 'clean',
    policy: { account },
  });
  print.section('Kabinet на адаптерах в памяти');
  print.step(`createKabinet: политика «portal», scrypt N=2^${Math.log2(kabinet.policy.scrypt.cost)}, срок ответа на уточнение ${kabinet.policy.clarificationDeadlineMs / 3_600_000} ч, бездействие сессии ${kabinet.policy.sessionIdleMs / 60_000} мин`);
  const aziz = await foreignCitizen({ kabinet, clock, print });
  const dilnoza = await permitHolder({ kabinet, clock, print });
  await payDuties({ kabinet, clock, print }, aziz.auth);
  const verified = await showJournal({ kabinet, clock, print }, [
    { name: 'Азиз Каримов', accountId: aziz.accountId, draftId: aziz.draftId },
    { name: 'Дильноза Исмаилова', accountId: dilnoza.accountId, draftId: dilnoza.draftId },
  ]);
  const levels = await Promise.all([aziz.accountId, dilnoza.accountId].map(async (id) => (await kabinet.context.stores.accounts.get(id))?.level ?? 'missing'));
  return { journalVerified: verified, levels };
}
