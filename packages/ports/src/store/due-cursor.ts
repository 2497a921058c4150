import { invalidArgument } from '../misuse/invalid-argument.js';

/** A position in a {@link VersionedStore.listDue} scan: the last record's due time and id. */
export interface DuePosition {
  /** The `dueAt` of the last record returned. */
  readonly dueAt: number;
  /** The id of the last record returned. */
  readonly id: string;
}

/**
 * Encodes where a {@link VersionedStore.listDue} page ended as its opaque `nextCursor`
 * (`<dueAt>~<id>`). Adapters share it so a cursor from one adapter means the same in another.
 *
 * @param position - the last record's due time and id
 * @returns the cursor
 * @example
 * ```ts
 * import { encodeDueCursor } from '@kabinet/ports/store';
 * encodeDueCursor({ dueAt: 1_700_000_000_000, id: 'tkt_1' }); // '1700000000000~tkt_1'
 * ```
 */
export function encodeDueCursor(position: DuePosition): string {
  return `${position.dueAt}~${position.id}`;
}

/**
 * Decodes a {@link VersionedStore.listDue} cursor made by {@link encodeDueCursor}.
 *
 * @param cursor - the `after` of the page request
 * @param entity - what the store holds, named in the message
 * @returns the position the cursor names
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a cursor that is not `<finite number>~<id>`
 * @example
 * ```ts
 * import { decodeDueCursor } from '@kabinet/ports/store';
 * decodeDueCursor('1700000000000~tkt_1', 'tickets'); // { dueAt: 1700000000000, id: 'tkt_1' }
 * ```
 */
export function decodeDueCursor(cursor: string, entity: string): DuePosition {
  const at = cursor.indexOf('~');
  const dueAt = at > 0 ? Number(cursor.slice(0, at)) : Number.NaN;
  if (!Number.isFinite(dueAt) || at === cursor.length - 1)
    invalidArgument(`${entity}: not a due-list cursor`);
  return { dueAt, id: cursor.slice(at + 1) };
}
