import { fail, issue, type Failure, type IssuePath } from '@kabinet/core';

/** A `payment.callback.malformed` failure naming the field that was missing or wrong. */
export function malformed(path: IssuePath): Failure {
  return fail(issue('payment.callback.malformed', path));
}
