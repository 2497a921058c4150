import type { Failure } from './api';

/** Whether a call's answer is a {@link Failure} rather than its data. */
export const isFailure = (x: unknown): x is Failure =>
  typeof x === 'object' && x !== null && 'status' in x && 'error' in x;
