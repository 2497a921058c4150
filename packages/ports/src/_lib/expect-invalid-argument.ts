// Test helper of the checkers' property tests (not exported from the package).
import { KabinetError } from '@kabinet/core';
import { expect } from 'vitest';

/** Asserts that `call` throws `KabinetError` `ERR_INVALID_ARGUMENT`. */
export function expectInvalidArgument(call: () => unknown): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(
    KabinetError.isInstance(thrown) && thrown.code === 'ERR_INVALID_ARGUMENT',
    `expected ERR_INVALID_ARGUMENT, got ${String(thrown)}`,
  ).toBe(true);
}
