// The shared store contracts against the machine's PostgreSQL: a schema of this file's own,
// peers on separate pools, so the two-instance cases race on separate connections.
import {
  runBlobStoreContract,
  runCounterStoreContract,
  runJournalStoreContract,
  runPaymentStoreContract,
  runSlotStoreContract,
  runVersionedStoreContract,
  type StoreContractOptions,
} from '@kabinet/ports/contract';
import { afterAll, beforeAll } from 'vitest';
import { contractHandles } from './_lib/contract-handles.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestSchema('contract');
});
afterAll(async () => {
  await db.close();
});

const options: StoreContractOptions = {
  name: 'postgres',
  create: async () => contractHandles(db),
  capabilities: { realConcurrency: true, ttlPrecisionMs: 0, durable: true },
  numRuns: 30,
};
runVersionedStoreContract(options);
runCounterStoreContract(options);
runBlobStoreContract(options);
runJournalStoreContract(options);
runPaymentStoreContract(options);
runSlotStoreContract(options);
