import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { SqlConnection } from '../pool/sql-pool.js';
import { watchConnection } from './watch-connection.js';

/** A checked-out connection as pg gives it: an EventEmitter that throws on an unheard 'error'. */
function fakeConnection(): SqlConnection & EventEmitter {
  return Object.assign(new EventEmitter(), {
    query: async () => ({ rows: [] }),
    release: () => undefined,
  }) as unknown as SqlConnection & EventEmitter;
}

describe('watchConnection', () => {
  it('a connection that breaks while checked out is heard (no crash) and reported as its failure', () => {
    const connection = fakeConnection();
    const watch = watchConnection(connection);
    expect(() =>
      connection.emit('error', new Error('Connection terminated unexpectedly')),
    ).not.toThrow();
    expect(watch.failure()?.message).toBe('Connection terminated unexpectedly');
    connection.emit('error', new Error('second'));
    expect(watch.failure()?.message).toBe('Connection terminated unexpectedly');
  });

  it("stop removes the listener, so the pool's own listener is the only one once it is released", () => {
    const connection = fakeConnection();
    const watch = watchConnection(connection);
    expect(connection.listenerCount('error')).toBe(1);
    watch.stop();
    expect(connection.listenerCount('error')).toBe(0);
    expect(() => connection.emit('error', new Error('unheard'))).toThrow('unheard');
    expect(watch.failure()).toBeUndefined();
  });
});
