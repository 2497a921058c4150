import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { buildConsistencyProof } from '../merkle/build-consistency-proof.js';
import { buildInclusionProof } from '../merkle/build-inclusion-proof.js';
import { consistencyRanges, inclusionRanges } from './proof-ranges.js';
import { sha256Hex } from './sha256.js';
import { createSubtreeCache } from './subtree-cache.js';
import { subtreeHash } from './subtree.js';

const leavesOf = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => sha256Hex(`leaf ${i}`));

describe('createSubtreeCache', () => {
  test.prop([fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 })])(
    'S-14: cached subtree hashes equal the recursive definition, in any order of requests',
    async (n, a, b, level) => {
      const leaves = leavesOf(n);
      const cache = createSubtreeCache(async (lo, hi) => leaves.slice(lo, hi), level);
      const lo = a % n;
      const hi = lo + 1 + (b % (n - lo));
      expect(await cache.hash(lo, hi)).toBe(subtreeHash(leaves, lo, hi));
      expect(await cache.hash(0, n)).toBe(subtreeHash(leaves, 0, n));
      expect(await cache.hash(lo, hi)).toBe(subtreeHash(leaves, lo, hi));
      expect(cache.size).toBeLessThanOrEqual((2 * n) / 2 ** level);
    },
  );

  test.prop([fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat()])(
    'S-14: proofs filled from the cache equal the proofs built from all leaves',
    async (n, i, m) => {
      const leaves = leavesOf(n);
      const cache = createSubtreeCache(async (lo, hi) => leaves.slice(lo, hi), 2);
      const index = i % n;
      const size1 = m % (n + 1);
      const inclusion = await Promise.all(
        inclusionRanges(n, index).map(([lo, hi]) => cache.hash(lo, hi)),
      );
      expect(inclusion).toEqual(buildInclusionProof(leaves, index));
      const consistency = await Promise.all(
        consistencyRanges(n, size1).map(([lo, hi]) => cache.hash(lo, hi)),
      );
      expect(consistency).toEqual(buildConsistencyProof(leaves, size1));
    },
  );

  test.prop([fc.integer({ min: 2000, max: 5000 }), fc.nat()], { numRuns: 20 })(
    'a warm proof reads fewer than 2 × 2^level leaves',
    async (n, i) => {
      const leaves = leavesOf(n);
      let read = 0;
      const cache = createSubtreeCache(async (lo, hi) => {
        read += hi - lo;
        return leaves.slice(lo, hi);
      }, 6);
      await cache.hash(0, n);
      read = 0;
      await Promise.all(inclusionRanges(n, i % n).map(([lo, hi]) => cache.hash(lo, hi)));
      expect(read).toBeLessThan(2 * 2 ** 6);
    },
  );
});
