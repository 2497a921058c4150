import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildInclusionProof } from './build-inclusion-proof.js';
import { verifyInclusionProof } from './verify-inclusion-proof.js';
import { merkleLeafHash } from './merkle-leaf-hash.js';
import { merkleRoot } from './merkle-root.js';
import {
  VECTOR_INCLUSION,
  VECTOR_LEAVES,
  VECTOR_ROOTS,
} from '../../test/fixtures/rfc6962-vectors.js';

const leaves = VECTOR_LEAVES.map((d) => merkleLeafHash(d));

describe('buildInclusionProof', () => {
  it('reproduces the RFC 6962 reference inclusion proofs', () => {
    for (const v of VECTOR_INCLUSION)
      expect(buildInclusionProof(leaves.slice(0, v.size), v.index)).toEqual(v.proof);
    expect(buildInclusionProof(leaves.slice(0, 1), 0)).toEqual([]);
  });

  test.prop([fc.array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 70 })])(
    'S-14: every leaf of every tree proves its way to the root',
    (data) => {
      const hashes = data.map((d) => merkleLeafHash(d));
      const root = merkleRoot(hashes);
      for (let index = 0; index < hashes.length; index++) {
        const proof = buildInclusionProof(hashes, index);
        expect(
          verifyInclusionProof({
            leafHash: hashes[index]!,
            index,
            size: hashes.length,
            proof,
            root,
          }),
        ).toBe(true);
      }
    },
  );

  it('throws on an index outside the tree', () => {
    expect(() => buildInclusionProof(leaves, 8)).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => buildInclusionProof(leaves, -1)).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });

  it('the 8-leaf vector root is the one the proofs lead to', () => {
    expect(merkleRoot(leaves)).toBe(VECTOR_ROOTS[7]);
  });
});
