import { ConflictError, KabinetError, TooLargeError } from '@kabinet/core';
import { blobChunkBytes, type BlobMetadata, type BlobStore } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { invalidArgument } from '../_lib/misuse.js';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlQueryable } from '../pool/sql-pool.js';

/** Options of {@link createPostgresBlobStore}. */
export interface PostgresBlobStoreOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlQueryable;
  /** The schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
  /** The largest blob accepted, in bytes (default 5 MiB, FILE-1); checked before any SQL runs. */
  readonly maxBlobBytes?: number;
}

/** A blob's metadata columns. */
interface BlobColumns extends Record<string, unknown> {
  id: string;
  media_type: string;
  size: number;
  sha256: string;
  owner_id: string;
  created_at: number;
}

/** A blob's row. */
interface BlobRow extends BlobColumns {
  bytes: Uint8Array;
}

/** A blob's row without its bytes, with their stored length. */
interface BlobMetaRow extends BlobColumns {
  length: number;
}

/** The port's metadata of a row. */
function metadataOf(row: BlobColumns): BlobMetadata {
  return {
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    ownerId: row.owner_id,
    createdAt: row.created_at,
  };
}

/** FILE-1's 5 MB, the default cap of one blob. */
export const DEFAULT_MAX_BLOB_BYTES = 5 * 1024 * 1024;

/**
 * A {@link BlobStore} over PostgreSQL: one `bytea` row per scan with its metadata. A blob over
 * `maxBlobBytes` is refused with `ERR_TOO_LARGE` before anything is sent to the database; a
 * second `put` of an id is a `ConflictError` decided by the primary key. `stream` reads a scan
 * out chunk by chunk (`substring` of the value stored uncompressed out of line, migration
 * `0005_blob_storage.sql`), so a 5 MB scan is never held whole in the process.
 *
 * @param options - pool, schema and size cap
 * @returns the store
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `maxBlobBytes` is not a positive integer
 * @example
 * ```ts
 * const blobs = createPostgresBlobStore({ pool });
 * await blobs.put('blob_1', bytes, { mediaType: 'image/jpeg', size: bytes.length, sha256, ownerId: 'acc_1', createdAt: Date.now() });
 * const scan = await blobs.stream('blob_1', 64 * 1024);
 * if (scan !== undefined) for await (const chunk of scan.chunks) response.write(chunk);
 * ```
 */
export function createPostgresBlobStore(options: PostgresBlobStoreOptions): BlobStore {
  const { pool } = options;
  const table = `${quotedSchema(options.schema)}.kabinet_blobs`;
  const maxBlobBytes = options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES;
  if (!Number.isInteger(maxBlobBytes) || maxBlobBytes < 1)
    invalidArgument('maxBlobBytes must be a positive integer', {
      maxBlobBytes: String(maxBlobBytes),
    });
  const INSERT = `INSERT INTO ${table} (id, media_type, size, sha256, owner_id, created_at, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (id) DO NOTHING RETURNING id`;
  const SELECT = `SELECT id, media_type, size, sha256, owner_id, created_at, bytes FROM ${table} WHERE id = $1`;
  const DELETE = `DELETE FROM ${table} WHERE id = $1`;
  const META = `SELECT id, media_type, size, sha256, owner_id, created_at, octet_length(bytes) AS length FROM ${table} WHERE id = $1`;
  // 1-based offset; a missing row (deleted meanwhile) returns no row.
  const CHUNK = `SELECT substring(bytes FROM $2 FOR $3) AS chunk FROM ${table} WHERE id = $1`;

  return {
    async put(id, bytes, metadata) {
      if (typeof id !== 'string' || id === '') invalidArgument('a blob id is a non-empty string');
      if (!(bytes instanceof Uint8Array)) invalidArgument('blob bytes are a Uint8Array', { id });
      if (bytes.length > maxBlobBytes) {
        throw new TooLargeError(
          `a blob of ${bytes.length} bytes is over the ${maxBlobBytes}-byte cap`,
          { details: { id, size: bytes.length, maxBlobBytes } },
        );
      }
      const params = [
        id,
        metadata.mediaType,
        metadata.size,
        metadata.sha256,
        metadata.ownerId,
        metadata.createdAt,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      ];
      const rows = await run(pool, 'blobs.put', INSERT, params);
      if (rows.length === 0) throw new ConflictError('blob', id, 0);
    },

    async get(id) {
      const row = (await run<BlobRow>(pool, 'blobs.get', SELECT, [id]))[0];
      if (row === undefined) return undefined;
      return {
        id: row.id,
        bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength),
        metadata: metadataOf(row),
      };
    },

    async stream(id, chunkBytes) {
      const size = blobChunkBytes(chunkBytes);
      const row = (await run<BlobMetaRow>(pool, 'blobs.stream', META, [id]))[0];
      if (row === undefined) return undefined;
      const total = row.length;
      async function* chunks(): AsyncGenerator<Uint8Array> {
        for (let offset = 0; offset < total; offset += size) {
          const chunk = (
            await run<{ chunk: Uint8Array }>(pool, 'blobs.stream', CHUNK, [id, offset + 1, size])
          )[0]?.chunk;
          if (chunk === undefined)
            throw new KabinetError('ERR_NOT_FOUND', `blob ${id} was deleted while it was read`, {
              details: { id, offset },
            });
          yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
      }
      return {
        id: row.id,
        metadata: metadataOf(row),
        chunks: chunks(),
      };
    },

    async delete(id) {
      await run(pool, 'blobs.delete', DELETE, [id]);
    },
  };
}
