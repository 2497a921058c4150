// The shared store contracts against an embedded PGlite, opened once for this file (creating
// one runs initdb, which takes seconds): the same SQL and adapters as on a server. PGlite has
// one connection, so nothing overlaps inside the database (realConcurrency: false), and this
// one lives in memory (durable: false). Opened at the top level, so runStoreContract sees
// every adapter the handles provide and runs each port's suite.
import { runStoreContract } from '@kabinet/ports/contract';
import { afterAll } from 'vitest';
import { contractHandles } from './_lib/contract-handles.js';
import { openTestPglite } from './_lib/test-database.js';

const db = await openTestPglite();
afterAll(async () => {
  await db.close();
});

await runStoreContract({
  name: 'pglite',
  create: async () => contractHandles(db),
  capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
  numRuns: 20,
});
