import type { JsonValue } from '../entry/json-value.js';
import type { JournalPayloadOf } from './journal-actions.js';

/**
 * An action's payload as a writer gives it: the catalogue's ({@link JournalPayloadOf}), except
 * that an optional field may be given as `undefined`; {@link withoutUndefined} drops it before
 * the entry is written, so the stored payload is plain JSON.
 *
 * @example
 * ```ts
 * const payload: RecordedPayload<'payment.status_changed'> = { paymentId, from, to, reason: undefined };
 * ```
 */
export type RecordedPayload<A extends string> = {
  readonly [
    K in keyof JournalPayloadOf<A> as object extends Pick<JournalPayloadOf<A>, K> ? never : K
  ]: JournalPayloadOf<A>[K];
} & {
  readonly [
    K in keyof JournalPayloadOf<A> as object extends Pick<JournalPayloadOf<A>, K> ? K : never
  ]?: JournalPayloadOf<A>[K] | undefined;
};

/**
 * The payload without its `undefined` fields, as it is written to the journal.
 *
 * @param payload - a {@link RecordedPayload}, or any object of JSON values and `undefined`
 * @returns a new object with the defined fields only
 * @example
 * ```ts
 * withoutUndefined({ paymentId: 'pay_1', reason: undefined }); // { paymentId: 'pay_1' }
 * ```
 */
export function withoutUndefined(
  payload: Readonly<Record<string, JsonValue | undefined>>,
): Record<string, JsonValue> {
  const defined = Object.entries(payload).filter(
    (entry): entry is [string, JsonValue] => entry[1] !== undefined,
  );
  return Object.fromEntries(defined);
}
