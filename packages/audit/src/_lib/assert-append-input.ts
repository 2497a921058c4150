import { KabinetError } from '@kabinet/core';
import {
  checkAppendInput,
  isPlainAppendInputValid,
  type JournalAppendInput,
} from '../entry/check-append-input.js';

/**
 * Throws `ERR_INVALID_ARGUMENT` with the first issue when {@link checkAppendInput} rejects the
 * input (the journal's `append` and the enqueuer's `enqueue` refuse alike).
 */
export function assertAppendInput(input: JournalAppendInput<string, unknown>): void {
  if (isPlainAppendInputValid(input)) return;
  const checked = checkAppendInput(input);
  if (!checked.success) {
    const first = checked.issues[0]!;
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `journal input rejected: ${first.code} at ${first.path.join('.')}`,
      {
        details: { code: first.code, path: first.path.join('.') },
      },
    );
  }
}
