import type { Issue } from '@kabinet/core';

/**
 * The top-level code of a 422 answer: the issue's own code when there is one issue (a wrong
 * one-time code says `auth.code_wrong`, not "Please check the form"), `http.validation_failed` when
 * several fields are wrong. The issues are listed either way.
 */
export function validationCode(issues: readonly Issue[]): string {
  return issues.length === 1 ? issues[0]!.code : 'http.validation_failed';
}
