import { fail, issue, type Failure, type IssuePath } from '@kabinet/core';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/** A `payment.callback.malformed` failure naming the field that was missing or wrong. */
export function malformed(path: IssuePath): Failure<PaymentsIssueCode> {
  return fail(issue('payment.callback.malformed', path));
}
