import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAfterCommit } from './run-after-commit.js';

/** How a hook ends: returns, returns a promise that resolves or rejects, or throws. */
const ending = fc.constantFrom('returns', 'resolves', 'rejects', 'throws');

function hookEnding(how: string, value: unknown): () => unknown {
  switch (how) {
    case 'returns':
      return () => value;
    case 'resolves':
      return async () => value;
    case 'rejects':
      return () => Promise.reject(value);
    default:
      return () => {
        throw value;
      };
  }
}

describe('runAfterCommit', () => {
  it('runs the hook once, resolves whatever it does, and hands onError exactly what it threw or rejected with', async () => {
    await fc.assert(
      fc.asyncProperty(ending, fc.anything(), fc.boolean(), async (how, value, listening) => {
        let calls = 0;
        const heard: unknown[] = [];
        const hook = hookEnding(how, value);
        const result = await runAfterCommit(
          () => (calls++, hook()),
          listening ? (error) => heard.push(error) : undefined,
        );
        expect(result).toBeUndefined();
        expect(calls).toBe(1);
        const failed = how === 'rejects' || how === 'throws';
        expect(heard).toEqual(failed && listening ? [value] : []);
        if (failed && listening) expect(heard[0]).toBe(value);
      }),
    );
  });

  it('waits for the hook to settle before it resolves', async () => {
    const order: string[] = [];
    await runAfterCommit(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('hook');
    });
    order.push('after');
    expect(order).toEqual(['hook', 'after']);
  });

  it('does nothing without a hook', async () => {
    const heard: unknown[] = [];
    await expect(runAfterCommit(undefined, (error) => heard.push(error))).resolves.toBeUndefined();
    expect(heard).toEqual([]);
  });
});
