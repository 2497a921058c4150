// The start every provider mapper shares: the object, its id and its status looked up in the
// provider's status table (an unknown status is malformed, never guessed).
import type { Failure } from '@kabinet/core';
import { malformed } from '../../_lib/callback-issue.js';
import { asObject, stringField, type JsonObject } from '../../_lib/json-read.js';
import type { PaymentsIssueCode } from '../../messages/payment-messages.js';
import type { StatusMapping } from './provider-tables.js';

/** A provider object with its id and its status's row of the table. */
export interface ProviderObject {
  readonly o: JsonObject;
  readonly id: string;
  readonly providerStatus: string;
  readonly row: StatusMapping;
}

/**
 * Reads the id (`idKey`) and the status (`statusKey`) of a provider object and the status's row
 * of `table`; `payment.callback.malformed` at the first of them that is missing or unknown.
 */
export function readProviderObject(
  object: unknown,
  idKey: string,
  statusKey: string,
  table: Readonly<Record<string, StatusMapping>>,
): ProviderObject | { readonly failure: Failure<PaymentsIssueCode> } {
  const o = asObject(object);
  const id = stringField(o, idKey);
  if (o === undefined || id === undefined) return { failure: malformed([idKey]) };
  const providerStatus = stringField(o, statusKey);
  const row = providerStatus === undefined ? undefined : table[providerStatus];
  if (providerStatus === undefined || row === undefined) return { failure: malformed([statusKey]) };
  return { o, id, providerStatus, row };
}
