import { KabinetError } from '@kabinet/core';

/** The chunk size of `BlobStore.stream` when none is asked for: 256 KiB. */
const DEFAULT_CHUNK_BYTES = 256 * 1024;

/**
 * The chunk size a `BlobStore.stream` call reads with: the default (256 KiB) when none is
 * given, else the given positive integer. Every adapter checks it through here, so they agree.
 *
 * @param chunkBytes - the caller's chunk size, or `undefined`
 * @returns the chunk size to read with
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when it is not a positive safe integer
 * @example
 * ```ts
 * blobChunkBytes(undefined); // 262144
 * blobChunkBytes(65_536);    // 65536
 * ```
 */
export function blobChunkBytes(chunkBytes: number | undefined): number {
  if (chunkBytes === undefined) return DEFAULT_CHUNK_BYTES;
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 1) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'chunkBytes must be a positive integer', {
      details: { chunkBytes: String(chunkBytes) },
    });
  }
  return chunkBytes;
}
