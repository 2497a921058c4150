// Runs the shared CounterStore contract of @kabinet/ports against the real Redis, over RESP3
// (ioredis 6's default) and RESP2. Peers open their own connections, so the S-9
// two-instance race runs on two connections at once; the durability case reads with a
// fresh connection what a closed one wrote.
import { afterAll, describe, expect, it } from 'vitest';
import { runCounterStoreContract, type StoreContractPeer } from '@kabinet/ports/contract';
import { fileClient, openClient, rawCounter, testPrefix } from '../../test/redis-test-kit.js';
import { createRedisCounterStore } from './create-redis-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

const prefix = testPrefix('contract');
const shared = fileClient(prefix);

afterAll(async () => {
  await shared.get().catch(() => undefined);
  await shared.close();
});

for (const protocol of [3, 2] as const) {
  describe(`RESP${protocol}`, () => {
    it(`the connection really speaks RESP${protocol}`, async () => {
      const client = await openClient({ protocol });
      try {
        expect(String(await client.call('CLIENT', 'INFO'))).toMatch(
          new RegExp(`\\bresp=${protocol}\\b`),
        );
      } finally {
        await client.quit();
      }
    });

    runCounterStoreContract({
      name: `redis (RESP${protocol})`,
      create: async () => {
        const clock = createFakeClock();
        const client = await openClient({ protocol });
        const openPeer = async (): Promise<StoreContractPeer> => {
          const peer = await openClient({ protocol });
          return {
            counters: createRedisCounterStore({ client: peer, clock, prefix }),
            dispose: async () => {
              await peer.quit();
            },
          };
        };
        return {
          clock,
          counters: createRedisCounterStore({ client, clock, prefix }),
          raw: { counter: (key) => rawCounter(client, prefix, key) },
          openPeer,
          dispose: async () => {
            await client.quit();
          },
        };
      },
      capabilities: { realConcurrency: true, ttlPrecisionMs: 0, durable: true },
      numRuns: protocol === 3 ? 100 : 40,
    });
  });
}
