import { KabinetError } from '@kabinet/core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { StoreContractHandles, StoreContractOptions } from '../store-contract-types.js';

/**
 * Registers the lifecycle hooks of a suite in the current `describe` and returns a getter for
 * the handles of the running test: a fresh `create()` per test, or one `create()` per suite
 * with `reset()` before each test when the backend provides `reset`.
 */
export function useHandles(options: StoreContractOptions): () => StoreContractHandles {
  let handles: StoreContractHandles | undefined;
  const { reset } = options;
  if (reset !== undefined) {
    beforeAll(async () => {
      handles = await options.create();
    });
    beforeEach(async () => {
      await reset(current());
    });
    afterAll(async () => {
      await handles?.dispose?.();
      handles = undefined;
    });
  } else {
    beforeEach(async () => {
      handles = await options.create();
    });
    afterEach(async () => {
      await handles?.dispose?.();
      handles = undefined;
    });
  }
  function current(): StoreContractHandles {
    if (handles === undefined)
      throw new KabinetError(
        'ERR_INVALID_STATE',
        `${options.name}: the contract handles are used outside a test`,
      );
    return handles;
  }
  return current;
}

/** The value of an adapter field the suite needs, or a clear error naming what is missing. */
export function required<V>(value: V | undefined, what: string, suite: string): V {
  if (value === undefined)
    throw new KabinetError('ERR_CONFIG', `${suite}: the contract run needs ${what}`);
  return value;
}
