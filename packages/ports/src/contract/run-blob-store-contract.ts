import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlobMetadata, BlobStore } from '../blobs/index.js';
import { expectConflict } from './_lib/expect-conflict.js';
import { uniqueName } from './_lib/unique-name.js';
import { withPeer } from './_lib/with-peer.js';
import { required, useHandles } from './_lib/use-handles.js';
import type { StoreContractOptions, StoreContractPeer } from './store-contract-types.js';

/**
 * Registers the vitest cases every {@link BlobStore} adapter must pass: put / get / delete
 * round trips with back-door checks (a property over random bytes), missing reads, a put on an
 * existing id rejected with `ConflictError` keeping the original, copy semantics and empty
 * blobs, and `stream` in chunks at and around chunk boundaries. Uses `handles.blobs` (required) and `handles.raw.blob`.
 *
 * @param options - the backend, its factory and its capabilities
 * @returns nothing; the cases are registered in the calling test file
 * @throws KabinetError `ERR_CONFIG` inside the cases when `create()` returns no `blobs`
 * @example
 * ```ts
 * import { runBlobStoreContract } from '@kabinet/ports/contract';
 * runBlobStoreContract({
 *   name: 'memory',
 *   create: async () => ({ clock: createFakeClock(), blobs: createMemoryBlobStore() }),
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export function runBlobStoreContract(options: StoreContractOptions): void {
  const numRuns = Math.min(options.numRuns ?? 100, 50);

  describe(`${options.name}: BlobStore contract`, () => {
    const handles = useHandles(options);
    const blobs = (): BlobStore => required(handles().blobs, 'handles.blobs', options.name);
    const metadataOf = (bytes: Uint8Array, mediaType = 'image/jpeg'): BlobMetadata => ({
      mediaType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ownerId: 'acc_1',
      createdAt: handles().clock.now(),
    });
    const expectRaw = async (
      id: string,
      expected: { bytes: Uint8Array; metadata: BlobMetadata } | undefined,
    ): Promise<void> => {
      const reader = handles().raw?.blob;
      if (reader === undefined) return;
      const stored = await reader(id);
      if (expected === undefined) {
        expect(stored).toBeUndefined();
        return;
      }
      expect(stored?.metadata).toEqual(expected.metadata);
      expect(Array.from(stored?.bytes ?? [])).toEqual(Array.from(expected.bytes));
    };

    it('put then get returns the same bytes and metadata; the back door agrees (property)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 2_048 }),
          fc.constantFrom('image/jpeg', 'image/png', 'application/pdf'),
          async (bytes, mediaType) => {
            const id = uniqueName('blob');
            const metadata = metadataOf(bytes, mediaType);
            await blobs().put(id, bytes, metadata);
            const stored = await blobs().get(id);
            expect(stored?.id).toBe(id);
            expect(stored?.metadata).toEqual(metadata);
            expect(stored?.bytes).toBeInstanceOf(Uint8Array);
            expect(Array.from(stored?.bytes ?? [])).toEqual(Array.from(bytes));
            await expectRaw(id, { bytes, metadata });
          },
        ),
        { numRuns },
      );
    });

    it('stream gives the same bytes in chunks of at most the asked size, at and around chunk boundaries (property)', async () => {
      const collect = async (
        id: string,
        chunkBytes?: number,
      ): Promise<{ chunks: number[]; bytes: string } | undefined> => {
        const stream = await blobs().stream(id, chunkBytes);
        if (stream === undefined) return undefined;
        const chunks: Uint8Array[] = [];
        for await (const chunk of stream.chunks) {
          expect(chunk).toBeInstanceOf(Uint8Array);
          chunks.push(chunk);
        }
        return {
          chunks: chunks.map((c) => c.length),
          bytes: Buffer.concat(chunks).toString('hex'),
        };
      };
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 64 }),
          fc.integer({ min: 0, max: 5 }),
          fc.integer({ min: -1, max: 1 }),
          async (chunkBytes, whole, off) => {
            const length = Math.max(0, whole * chunkBytes + off);
            const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + chunkBytes) & 255);
            const id = uniqueName('blob');
            const metadata = metadataOf(bytes);
            await blobs().put(id, bytes, metadata);
            const read = await collect(id, chunkBytes);
            expect(read?.bytes).toBe(Buffer.from(bytes).toString('hex'));
            expect(read?.chunks.every((n) => n >= 1 && n <= chunkBytes)).toBe(true);
            expect(read?.chunks.length).toBe(Math.ceil(length / chunkBytes));
            expect((await blobs().stream(id, chunkBytes))?.metadata).toEqual(metadata);
          },
        ),
        { numRuns },
      );
      const big = Uint8Array.from({ length: 300 * 1024 }, (_, i) => i & 255);
      const id = uniqueName('blob');
      await blobs().put(id, big, metadataOf(big));
      expect(await collect(id)).toEqual({
        chunks: [256 * 1024, 44 * 1024],
        bytes: Buffer.from(big).toString('hex'),
      });
      expect(await collect(uniqueName('blob'))).toBeUndefined();
    });

    it('stream refuses a chunk size that is not a positive integer', async () => {
      for (const chunkBytes of [0, -1, 1.5, Number.NaN]) {
        await expect(blobs().stream(uniqueName('blob'), chunkBytes)).rejects.toMatchObject({
          code: 'ERR_INVALID_ARGUMENT',
        });
      }
    });

    it('a missing blob reads as undefined; deleting it is a no-op', async () => {
      const id = uniqueName('blob');
      expect(await blobs().get(id)).toBeUndefined();
      await blobs().delete(id);
      expect(await blobs().get(id)).toBeUndefined();
      await expectRaw(id, undefined);
    });

    it('delete removes the blob', async () => {
      const id = uniqueName('blob');
      const bytes = new Uint8Array([1, 2, 3]);
      await blobs().put(id, bytes, metadataOf(bytes));
      await blobs().delete(id);
      expect(await blobs().get(id)).toBeUndefined();
      await expectRaw(id, undefined);
    });

    it('put on an existing id is a ConflictError and keeps the original', async () => {
      const id = uniqueName('blob');
      const original = new Uint8Array([0xff, 0xd8, 0xff]);
      const metadata = metadataOf(original);
      await blobs().put(id, original, metadata);
      const other = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
      await expectConflict(blobs().put(id, other, metadataOf(other, 'application/pdf')));
      const stored = await blobs().get(id);
      expect(Array.from(stored?.bytes ?? [])).toEqual([0xff, 0xd8, 0xff]);
      expect(stored?.metadata).toEqual(metadata);
      await expectRaw(id, { bytes: original, metadata });
    });

    it('concurrent puts on one id: exactly one wins', async () => {
      const id = uniqueName('blob');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => {
          const bytes = new Uint8Array([i]);
          return blobs().put(id, bytes, metadataOf(bytes));
        }),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const stored = await blobs().get(id);
      expect(stored?.bytes).toHaveLength(1);
    });

    it('bytes are copied: mutating what went in or came out never changes the stored blob', async () => {
      const id = uniqueName('blob');
      const bytes = new Uint8Array([1, 2, 3, 4]);
      await blobs().put(id, bytes, metadataOf(bytes));
      bytes[0] = 99;
      const first = await blobs().get(id);
      first!.bytes[1] = 99;
      const second = await blobs().get(id);
      expect(Array.from(second!.bytes)).toEqual([1, 2, 3, 4]);
    });

    it('an empty blob is stored and read back', async () => {
      const id = uniqueName('blob');
      const bytes = new Uint8Array(0);
      await blobs().put(id, bytes, metadataOf(bytes, 'text/plain'));
      const stored = await blobs().get(id);
      expect(stored?.bytes).toHaveLength(0);
      expect(stored?.metadata.size).toBe(0);
    });

    it.runIf(options.capabilities.durable)(
      'blobs written by one client are read by another after the first is closed',
      async () => {
        const need = 'handles.openPeer (durable)';
        const id = uniqueName('blob');
        const bytes = new Uint8Array([7, 7, 7]);
        const metadata = metadataOf(bytes);
        const peerBlobs = (peer: StoreContractPeer): BlobStore =>
          required(peer.blobs, 'peer.blobs', options.name);
        await withPeer(handles(), need, options.name, async (writer) => {
          await peerBlobs(writer).put(id, bytes, metadata);
        });
        await withPeer(handles(), need, options.name, async (reader) => {
          const stored = await peerBlobs(reader).get(id);
          expect(Array.from(stored?.bytes ?? [])).toEqual([7, 7, 7]);
          expect(stored?.metadata).toEqual(metadata);
        });
      },
    );
  });
}
