import { KabinetError, isConflict } from '@kabinet/core';
import { expect } from 'vitest';

/** Asserts that `promise` rejects with a `ConflictError` (code `ERR_CONFLICT`). */
export async function expectConflict(promise: Promise<unknown>): Promise<void> {
  let thrown: unknown;
  let settled = false;
  try {
    await promise;
    settled = true;
  } catch (error) {
    thrown = error;
  }
  expect(settled, 'expected a ConflictError, but the write succeeded').toBe(false);
  expect(isConflict(thrown), `expected a ConflictError, got ${String(thrown)}`).toBe(true);
}

/** Asserts that `promise` rejects with a `KabinetError` of the given code. */
export async function expectKabinetError(promise: Promise<unknown>, code: string): Promise<void> {
  let thrown: unknown;
  let settled = false;
  try {
    await promise;
    settled = true;
  } catch (error) {
    thrown = error;
  }
  expect(settled, `expected ${code}, but the call succeeded`).toBe(false);
  expect(KabinetError.isInstance(thrown) ? thrown.code : String(thrown)).toBe(code);
}
