import type { Page, Stored, VersionedStore, WriteOptions } from '@kabinet/ports';
import type { ApplicationRecord } from '../application-record.js';
import type { FieldCipher } from '../field-cipher.js';

const SEALED = '$sealed';
const contextOf = (id: string): string => `application:${id}:fields`;

/** The record as stored: its form (and the answer's note) sealed under the cipher. */
function seal(cipher: FieldCipher, record: ApplicationRecord): ApplicationRecord {
  const note = record.infoRequest?.answerNote;
  const sealed = cipher.seal(
    JSON.stringify({ fields: record.fields, ...(note === undefined ? {} : { note }) }),
    contextOf(record.id),
  );
  const infoRequest =
    record.infoRequest === undefined
      ? undefined
      : (({ answerNote: _note, ...rest }) => rest)(record.infoRequest);
  return {
    ...record,
    fields: { [SEALED]: sealed },
    ...(infoRequest === undefined ? {} : { infoRequest }),
  };
}

/** The record as the service reads it. */
function open<T extends ApplicationRecord>(cipher: FieldCipher, record: T): T {
  const sealed = record.fields[SEALED];
  if (typeof sealed !== 'string') return record;
  const plain = JSON.parse(cipher.open(sealed, contextOf(record.id))) as {
    fields: ApplicationRecord['fields'];
    note?: string;
  };
  const infoRequest =
    record.infoRequest === undefined || plain.note === undefined
      ? record.infoRequest
      : { ...record.infoRequest, answerNote: plain.note };
  return { ...record, fields: plain.fields, ...(infoRequest === undefined ? {} : { infoRequest }) };
}

/**
 * The applications collection with forms sealed on every write and opened on every read (S-12);
 * the store as it is when there is no cipher.
 */
export function sealedStore(
  store: VersionedStore<ApplicationRecord>,
  cipher: FieldCipher | undefined,
): VersionedStore<ApplicationRecord> {
  if (cipher === undefined) return store;
  const one = async (p: Promise<Stored<ApplicationRecord> | undefined>) => {
    const found = await p;
    return found === undefined ? undefined : open(cipher, found);
  };
  const page = async (p: Promise<Page<Stored<ApplicationRecord>>>) => {
    const got = await p;
    return { ...got, items: got.items.map((r) => open(cipher, r)) };
  };
  return {
    get: (id) => one(store.get(id)),
    findByKey: (key) => one(store.findByKey(key)),
    create: async (record, options?: WriteOptions) =>
      open(cipher, await store.create(seal(cipher, record), options)),
    update: async (record, expectedVersion, options?: WriteOptions) =>
      open(cipher, await store.update(seal(cipher, record), expectedVersion, options)),
    delete: (id, expectedVersion) => store.delete(id, expectedVersion),
    list: (request) => page(store.list(request)),
    listByOwner: (owner, request) => page(store.listByOwner(owner, request)),
    listDue: (before, request) => page(store.listDue(before, request)),
  };
}
