/**
 * Storage for uploaded document files.
 *
 * @module @kabinet/ports/blobs
 */
export type { BlobStore, BlobMetadata, BlobReadStream, StoredBlob } from './blob-store.js';
export { blobChunkBytes } from './blob-chunk-bytes.js';
