import { describe, expect, it } from 'vitest';
import { REDIS_URL, whenReady } from '../../test/redis-test-kit.js';
import { createRedisClient, reconnectDelayMs } from './create-redis-client.js';

describe('createRedisClient', () => {
  it('DESIGN-8: the defaults refuse to queue, bound every command and keep reconnecting', async () => {
    const client = createRedisClient(REDIS_URL, { lazyConnect: true });
    try {
      expect(client.options).toMatchObject({
        enableOfflineQueue: false,
        commandTimeout: 500,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
      });
      expect(client.options.retryStrategy?.(1_000)).toBe(2_000);
    } finally {
      client.disconnect();
    }
  });

  it('DESIGN-8: options that would queue commands during an outage or wait without bound are ERR_CONFIG', () => {
    const bad = [
      { enableOfflineQueue: true },
      { maxRetriesPerRequest: null },
      { commandTimeout: 0 },
      { commandTimeout: Number.NaN },
    ];
    for (const options of bad)
      expect(() => createRedisClient(REDIS_URL, options as never)).toThrow(
        expect.objectContaining({ code: 'ERR_CONFIG' }),
      );
    expect(() => createRedisClient('127.0.0.1:6379')).toThrow(
      expect.objectContaining({ code: 'ERR_CONFIG' }),
    );
  });

  it('other ioredis options pass through (a longer timeout, RESP2, a connection name)', async () => {
    const client = await whenReady(
      createRedisClient(REDIS_URL, {
        commandTimeout: 2_000,
        protocol: 2,
        connectionName: 'kabinet-test',
      }),
    );
    try {
      expect(client.options.commandTimeout).toBe(2_000);
      expect(String(await client.call('CLIENT', 'INFO'))).toMatch(
        /\bname=kabinet-test\b.*\bresp=2\b/,
      );
      expect(await client.client('GETNAME')).toBe('kabinet-test');
    } finally {
      await client.quit();
    }
  });

  it('onError receives connection errors', async () => {
    const errors: Error[] = [];
    const client = createRedisClient('redis://127.0.0.1:1', { onError: (e) => errors.push(e) });
    try {
      await new Promise((resolve) => client.once('error', resolve));
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      client.disconnect();
    }
  });

  it('reconnectDelayMs grows by 100 ms per attempt up to 2 s and never gives up', () => {
    expect([0, 1, 2, 10, 20, 21, 10_000].map(reconnectDelayMs)).toEqual([
      100, 100, 200, 1_000, 2_000, 2_000, 2_000,
    ]);
  });
});
