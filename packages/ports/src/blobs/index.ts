/**
 * Storage for uploaded document files.
 *
 * @module @kabinet/ports/blobs
 */
export type { BlobStore, BlobMetadata, StoredBlob } from './blob-store.js';
