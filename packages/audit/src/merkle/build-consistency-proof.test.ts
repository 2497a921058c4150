import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildConsistencyProof } from './build-consistency-proof.js';
import { verifyConsistencyProof } from './verify-consistency-proof.js';
import { merkleLeafHash } from './merkle-leaf-hash.js';
import { merkleRoot } from './merkle-root.js';
import { VECTOR_CONSISTENCY, VECTOR_LEAVES } from '../../test/fixtures/rfc6962-vectors.js';

const leaves = VECTOR_LEAVES.map((d) => merkleLeafHash(d));

describe('buildConsistencyProof', () => {
  it('reproduces the RFC 6962 reference consistency proofs', () => {
    for (const v of VECTOR_CONSISTENCY)
      expect(buildConsistencyProof(leaves.slice(0, v.size2), v.size1)).toEqual(v.proof);
  });

  test.prop([fc.array(fc.uint8Array({ maxLength: 8 }), { maxLength: 70 })])(
    'S-14: consistency holds for every m ≤ n',
    (data) => {
      const hashes = data.map((d) => merkleLeafHash(d));
      const root2 = merkleRoot(hashes);
      for (let m = 0; m <= hashes.length; m++) {
        const proof = buildConsistencyProof(hashes, m);
        const root1 = merkleRoot(hashes.slice(0, m));
        expect(
          verifyConsistencyProof({ size1: m, size2: hashes.length, root1, root2, proof }),
        ).toBe(true);
      }
    },
  );

  it('throws on a first size outside 0…n', () => {
    expect(() => buildConsistencyProof(leaves, 9)).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => buildConsistencyProof(leaves, -1)).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
