/** A record as stored: the caller's fields plus the store-managed `version` (1 on create). */
export type Stored<T> = T & {
  /** 1 after create, +1 on every successful update; the `expectedVersion` of the next write. */
  readonly version: number;
};

/** What every stored record carries. */
export interface StoreRecord {
  /** Unique id (see `createId` in `@kabinet/core`). */
  readonly id: string;
  /**
   * Epoch ms from which the record no longer exists: once `now >= expiresAt` reads treat it
   * as absent, its id and unique keys are free again, and adapters may evict it. Omit for
   * records that live until deleted.
   */
  readonly expiresAt?: number;
  /**
   * The account (or other party) the record belongs to: {@link VersionedStore.listByOwner}
   * lists a party's records by it. Omit for records nobody lists by owner.
   */
  readonly ownerId?: string;
  /**
   * Epoch ms at which something is due for the record (a deadline, a reminder, a delivery
   * retry): {@link VersionedStore.listDue} finds the records due by a time. Omit when nothing is due.
   */
  readonly dueAt?: number;
}

/** Keyset pagination request: at most `limit` records after the cursor. */
export interface PageRequest {
  /** Page size, a positive integer. */
  readonly limit: number;
  /** The `nextCursor` of the previous page; omit for the first page. */
  readonly after?: string;
}

/** One page of records and the cursor of the next page (absent on the last page). */
export interface Page<T> {
  /** The records of this page, in ascending id order. */
  readonly items: readonly T[];
  /** Where the next page starts; absent when this page is the last. */
  readonly nextCursor?: string;
}

/** Options of a write. */
export interface WriteOptions {
  /**
   * Unique lookup keys the record must own after the write (e.g. `phone:<blind index>`).
   * A key owned by another live record makes the write fail with `ConflictError`;
   * keys the record owned before and are not listed are released. On `update`, omitting
   * the option keeps the keys the record owns; `[]` releases them all.
   */
  readonly uniqueKeys?: readonly string[];
}

/**
 * A store of versioned records with optimistic concurrency (S-15): every write names the
 * version it read, a stale write is rejected with `ConflictError` and never applied, so two
 * writers can never lose each other's update. The same port backs accounts, drafts,
 * one-time-code challenges (single use = one successful versioned update), sessions,
 * payments and idempotency keys (create fails when the id exists).
 *
 * @example
 * ```ts
 * const stored = await accounts.create({ id: 'acc_1', level: 'simplified' });
 * await accounts.update({ ...stored, level: 'standard' }, stored.version); // version 2
 * await accounts.update({ ...stored, level: 'confirmed' }, stored.version); // throws ConflictError
 * ```
 */
export interface VersionedStore<T extends StoreRecord> {
  /** The live record with this id, or `undefined` (missing or expired). */
  get(id: string): Promise<Stored<T> | undefined>;
  /** The live record owning a unique key, or `undefined`. */
  findByKey(key: string): Promise<Stored<T> | undefined>;
  /**
   * Inserts a record at version 1.
   * @throws ConflictError when a live record has this id or owns one of the unique keys.
   */
  create(record: T, options?: WriteOptions): Promise<Stored<T>>;
  /**
   * Replaces the record if its stored version is still `expectedVersion`; returns it with
   * `version = expectedVersion + 1`.
   * @throws ConflictError on a stale version, a missing record, or a taken unique key.
   */
  update(record: T, expectedVersion: number, options?: WriteOptions): Promise<Stored<T>>;
  /**
   * Deletes the record if its version is still `expectedVersion`, releasing its keys.
   * @throws ConflictError on a stale version or a missing record.
   */
  delete(id: string, expectedVersion: number): Promise<void>;
  /**
   * Live records in ascending id order (ids compare as binary strings, as with SQL
   * `COLLATE "C"` for ASCII ids), by keyset pagination: a scan visits every record that is
   * live throughout it exactly once, and records inserted during it at most once.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `limit` is not a positive integer.
   */
  list(page: PageRequest): Promise<Page<Stored<T>>>;
  /**
   * A party's live records (those whose `ownerId` is `ownerId`), newest first: descending id
   * order, which is creation order for ids from `createId`. Keyset pages as {@link list}.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` for an empty owner or a bad page request.
   */
  listByOwner(ownerId: string, page: PageRequest): Promise<Page<Stored<T>>>;
  /**
   * Live records whose `dueAt` is at or before `before`, earliest due first (ties by id).
   * The cursor is opaque; a record whose `dueAt` moves during a scan may be seen again or not at all.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` for a non-finite `before` or a bad page request.
   */
  listDue(before: number, page: PageRequest): Promise<Page<Stored<T>>>;
}
