import type { Failure } from './api';

/** The messages of a failure for one line of text: the error's, then each issue's, once each. */
export function failureText(failure: Failure): string {
  return [failure.error.message, ...(failure.error.issues ?? []).map((i) => i.message)]
    .filter((m, i, all) => all.indexOf(m) === i)
    .join(' ');
}
