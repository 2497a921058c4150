import { ConflictError, StoreFullError } from '@kabinet/core';
import { blobChunkBytes, type BlobStore, type StoredBlob } from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';

/** Options of {@link createMemoryBlobStore}. */
export interface MemoryBlobStoreOptions {
  /** The most bytes the store holds at once (default 256 MiB); a put beyond it throws `ERR_STORE_FULL`. */
  readonly maxBytes?: number;
}

/**
 * A {@link BlobStore} in memory, plus what tests and demos want to see.
 *
 * @example
 * ```ts
 * const blobs = createMemoryBlobStore({ maxBytes: 50 * 1024 * 1024 });
 * blobs.usedBytes; // 0
 * ```
 */
export interface MemoryBlobStore extends BlobStore {
  /** Bytes held now. */
  readonly usedBytes: number;
  /** Blobs held now. */
  readonly size: number;
  /** Deletes every blob. */
  clear(): void;
}

/**
 * Creates an in-memory blob store for uploaded document files. Bytes and metadata are copied
 * on the way in and out, so callers cannot change what is stored. A put on an existing id is a
 * `ConflictError` (blobs are immutable), and the total size is capped by a byte budget so a
 * demo server cannot be filled up.
 *
 * @param options - the byte budget
 * @returns the store
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `maxBytes` is not a non-negative integer
 * @example
 * ```ts
 * import { createMemoryBlobStore } from '@kabinet/memory';
 * const blobs = createMemoryBlobStore({ maxBytes: 10 * 1024 * 1024 });
 * await blobs.put('blob_1', bytes, { mediaType: 'image/jpeg', size: bytes.length, sha256, ownerId: 'acc_1', createdAt: clock.now() });
 * const scan = await blobs.get('blob_1');
 * ```
 */
export function createMemoryBlobStore(options: MemoryBlobStoreOptions = {}): MemoryBlobStore {
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  if (!Number.isInteger(maxBytes) || maxBytes < 0)
    invalidArgument('maxBytes must be a non-negative integer', { maxBytes: String(maxBytes) });
  const blobs = new Map<string, StoredBlob>();
  let usedBytes = 0;

  return {
    async put(id, bytes, metadata) {
      if (typeof id !== 'string' || id === '') invalidArgument('a blob id is a non-empty string');
      if (!(bytes instanceof Uint8Array)) invalidArgument('blob bytes are a Uint8Array', { id });
      if (blobs.has(id)) throw new ConflictError('blob', id, 0);
      if (usedBytes + bytes.length > maxBytes) {
        throw new StoreFullError(`the memory blob store budget of ${maxBytes} bytes is used up`, {
          details: { id, size: bytes.length, usedBytes, maxBytes },
        });
      }
      blobs.set(id, { id, bytes: bytes.slice(), metadata: structuredClone(metadata) });
      usedBytes += bytes.length;
    },

    async get(id) {
      const blob = blobs.get(id);
      return blob === undefined
        ? undefined
        : { id, bytes: blob.bytes.slice(), metadata: structuredClone(blob.metadata) };
    },

    async stream(id, chunkBytes) {
      const size = blobChunkBytes(chunkBytes);
      const blob = blobs.get(id);
      if (blob === undefined) return undefined;
      const bytes = blob.bytes;
      async function* chunks(): AsyncGenerator<Uint8Array> {
        for (let offset = 0; offset < bytes.length; offset += size)
          yield bytes.slice(offset, offset + size);
      }
      return { id, metadata: structuredClone(blob.metadata), chunks: chunks() };
    },

    async delete(id) {
      const blob = blobs.get(id);
      if (blob === undefined) return;
      blobs.delete(id);
      usedBytes -= blob.bytes.length;
    },

    get usedBytes() {
      return usedBytes;
    },

    get size() {
      return blobs.size;
    },

    clear() {
      blobs.clear();
      usedBytes = 0;
    },
  };
}
