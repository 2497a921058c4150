// Blobs streamed out of PostgreSQL: the bytes are stored out of line without compression
// (migration 0005), each chunk is one substring() read, the cap is enforced before any SQL, and
// a blob deleted while it is read ends the stream with ERR_NOT_FOUND instead of a short file.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresBlobStore } from '../src/blobs/index.js';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestSchema('blob_stream');
});
afterAll(async () => db.close());

function metadataOf(bytes: Uint8Array) {
  return {
    mediaType: 'image/jpeg',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ownerId: 'acc_1',
    createdAt: 1,
  };
}

/** Counts the statements a pool runs. */
function counting(pool: SqlPool): { pool: SqlPool; statements: () => string[] } {
  const seen: string[] = [];
  return {
    pool: {
      query: (text: string, values?: unknown[]) => (seen.push(text), pool.query(text, values)),
      connect: () => pool.connect(),
    },
    statements: () => seen,
  };
}

describe('PostgreSQL blobs, streamed out', () => {
  it('FILE-1: a 5 MB scan is read in 64 KiB substring reads, byte-exact, and stored uncompressed out of line', async () => {
    const spy = counting(db.pool);
    const blobs = createPostgresBlobStore({ pool: spy.pool, schema: db.schema });
    const bytes = Uint8Array.from({ length: 5 * 1024 * 1024 }, (_, i) => (i * 7919) & 255);
    await blobs.put('scan_5mb', bytes, metadataOf(bytes));
    const before = spy.statements().length;
    const stream = await blobs.stream('scan_5mb', 64 * 1024);
    const hash = createHash('sha256');
    let chunks = 0;
    let largest = 0;
    for await (const chunk of stream!.chunks) {
      hash.update(chunk);
      chunks++;
      largest = Math.max(largest, chunk.length);
    }
    expect(hash.digest('hex')).toBe(metadataOf(bytes).sha256);
    expect({ chunks, largest }).toEqual({ chunks: 80, largest: 64 * 1024 });
    const reads = spy.statements().slice(before);
    expect(reads.filter((sql) => sql.includes('substring(bytes')).length).toBe(80);
    expect(reads.some((sql) => sql.includes(', bytes FROM'))).toBe(false);
    const storage = await db.pool.query(
      `SELECT attstorage FROM pg_attribute WHERE attrelid = '"${db.schema}".kabinet_blobs'::regclass AND attname = 'bytes'`,
    );
    expect(storage.rows[0]).toEqual({ attstorage: 'e' });
  });

  it('FILE-1: a blob deleted while it is read ends the stream with ERR_NOT_FOUND, never a short file', async () => {
    const blobs = createPostgresBlobStore({ pool: db.pool, schema: db.schema });
    const bytes = new Uint8Array(3 * 1024).fill(7);
    await blobs.put('scan_gone', bytes, metadataOf(bytes));
    const stream = await blobs.stream('scan_gone', 1024);
    const iterator = stream!.chunks[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toHaveLength(1024);
    await blobs.delete('scan_gone');
    await expect(iterator.next()).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('FILE-1: a blob over the cap is refused before any statement reaches the database', async () => {
    const spy = counting(db.pool);
    const blobs = createPostgresBlobStore({
      pool: spy.pool,
      schema: db.schema,
      maxBlobBytes: 1024,
    });
    const bytes = new Uint8Array(1025);
    await expect(blobs.put('scan_big', bytes, metadataOf(bytes))).rejects.toMatchObject({
      code: 'ERR_TOO_LARGE',
    });
    expect(spy.statements()).toEqual([]);
  });
});
