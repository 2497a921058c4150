import type { Issue } from '@kabinet/core';
import { explain } from './printer.js';

/** The data of a successful result, or a thrown error naming the issues (the walkthrough expects success). */
export function must<T>(
  what: string,
  result:
    | { readonly success: true; readonly data: T }
    | { readonly success: false; readonly issues: readonly Issue[] },
): T {
  if (!result.success) throw new Error(`${what} failed: ${explain(result.issues)}`);
  return result.data;
}
