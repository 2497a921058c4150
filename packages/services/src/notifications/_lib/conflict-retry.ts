import { isConflict } from '@kabinet/core';

// Runs `work` again after a version conflict (S-15), up to `retries` more times; other errors
// and the last conflict go to the caller.
export async function withConflictRetry<R>(retries: number, work: () => Promise<R>): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isConflict(error) || attempt >= retries) throw error;
    }
  }
}
