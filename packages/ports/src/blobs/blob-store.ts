/** What is known about a stored blob. */
export interface BlobMetadata {
  /** MIME type judged from the bytes (never the client's claim). */
  readonly mediaType: string;
  /** Length of the bytes. */
  readonly size: number;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** The account or draft the blob belongs to. */
  readonly ownerId: string;
  /** Epoch ms of the upload. */
  readonly createdAt: number;
}

/** A blob with its bytes. */
export interface StoredBlob {
  /** The id it was stored under. */
  readonly id: string;
  /** What is known about it. */
  readonly metadata: BlobMetadata;
  /** The bytes (a copy: changing them changes nothing stored). */
  readonly bytes: Uint8Array;
}

/**
 * A blob read piece by piece: its metadata at once, its bytes as chunks (so a 5 MB scan is
 * sent on without holding it whole).
 *
 * @example
 * ```ts
 * const blob = await blobs.stream('blob_1');
 * if (blob !== undefined) for await (const chunk of blob.chunks) response.write(chunk);
 * ```
 */
export interface BlobReadStream {
  /** The id it was stored under. */
  readonly id: string;
  /** What is known about it. */
  readonly metadata: BlobMetadata;
  /**
   * The bytes in order, each chunk at most the requested size, together exactly
   * `metadata.size` bytes. Iterate once.
   * @throws KabinetError `ERR_NOT_FOUND` when an adapter that reads chunk by chunk from its
   *   database finds the blob deleted meanwhile (memory serves the bytes it opened)
   */
  readonly chunks: AsyncIterable<Uint8Array>;
}

/**
 * Storage for uploaded document files (scans, photos). Blobs are immutable: a new upload is
 * a new blob.
 *
 * @example
 * ```ts
 * await blobs.put('blob_1', bytes, { mediaType: 'image/jpeg', size: bytes.length, sha256, ownerId: 'acc_1', createdAt: now });
 * const scan = await blobs.get('blob_1');
 * ```
 */
export interface BlobStore {
  /**
   * Stores bytes under a new id.
   * @throws ConflictError when the id exists.
   */
  put(id: string, bytes: Uint8Array, metadata: BlobMetadata): Promise<void>;
  /** The blob, or `undefined`. */
  get(id: string): Promise<StoredBlob | undefined>;
  /**
   * The blob read in chunks of at most `chunkBytes` (default 256 KiB), or `undefined`.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `chunkBytes` is not a positive integer
   */
  stream(id: string, chunkBytes?: number): Promise<BlobReadStream | undefined>;
  /** Deletes the blob; deleting a missing blob is a no-op. */
  delete(id: string): Promise<void>;
}
