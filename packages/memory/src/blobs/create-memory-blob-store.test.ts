import { describe, expect, it } from 'vitest';
import type { BlobMetadata } from '@kabinet/ports';
import { createMemoryBlobStore } from './create-memory-blob-store.js';

const meta = (size: number): BlobMetadata => ({
  mediaType: 'image/jpeg',
  size,
  sha256: '00',
  ownerId: 'acc_1',
  createdAt: 0,
});

describe('createMemoryBlobStore (memory-specific behaviour; the port contract runs in test/contract.test.ts)', () => {
  it('a put beyond the byte budget throws ERR_STORE_FULL and stores nothing; delete frees the budget', async () => {
    const blobs = createMemoryBlobStore({ maxBytes: 10 });
    await blobs.put('a', new Uint8Array(6), meta(6));
    await expect(blobs.put('b', new Uint8Array(5), meta(5))).rejects.toMatchObject({
      code: 'ERR_STORE_FULL',
    });
    expect(await blobs.get('b')).toBeUndefined();
    expect(blobs.usedBytes).toBe(6);
    await blobs.put('c', new Uint8Array(4), meta(4));
    expect(blobs.usedBytes).toBe(10);
    await blobs.delete('a');
    expect(blobs.usedBytes).toBe(4);
    await blobs.put('b', new Uint8Array(5), meta(5));
    expect(blobs.size).toBe(2);
  });

  it('a rejected duplicate put does not count against the budget', async () => {
    const blobs = createMemoryBlobStore({ maxBytes: 10 });
    await blobs.put('a', new Uint8Array(6), meta(6));
    await expect(blobs.put('a', new Uint8Array(2), meta(2))).rejects.toMatchObject({
      code: 'ERR_CONFLICT',
    });
    expect(blobs.usedBytes).toBe(6);
  });

  it('clear() empties the store and the budget', async () => {
    const blobs = createMemoryBlobStore({ maxBytes: 10 });
    await blobs.put('a', new Uint8Array(10), meta(10));
    blobs.clear();
    expect(blobs.usedBytes).toBe(0);
    await blobs.put('a', new Uint8Array(10), meta(10));
    expect(blobs.size).toBe(1);
  });

  it('misuse throws ERR_INVALID_ARGUMENT', async () => {
    expect(() => createMemoryBlobStore({ maxBytes: -1 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    const blobs = createMemoryBlobStore();
    await expect(blobs.put('', new Uint8Array(1), meta(1))).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(blobs.put('x', [1, 2] as unknown as Uint8Array, meta(2))).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });
});
