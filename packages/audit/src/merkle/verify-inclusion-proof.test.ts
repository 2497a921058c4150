import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { verifyInclusionProof } from './verify-inclusion-proof.js';
import { buildInclusionProof } from './build-inclusion-proof.js';
import { merkleLeafHash } from './merkle-leaf-hash.js';
import { merkleRoot } from './merkle-root.js';
import {
  VECTOR_INCLUSION,
  VECTOR_LEAVES,
  VECTOR_ROOTS,
} from '../../test/fixtures/rfc6962-vectors.js';

const leaves = VECTOR_LEAVES.map((d) => merkleLeafHash(d));
const root8 = VECTOR_ROOTS[7]!;
const v5 = VECTOR_INCLUSION[1]!;

describe('verifyInclusionProof', () => {
  it('accepts the RFC 6962 reference proofs', () => {
    for (const v of VECTOR_INCLUSION) {
      expect(
        verifyInclusionProof({
          leafHash: leaves[v.index]!,
          index: v.index,
          size: v.size,
          proof: v.proof,
          root: root8,
        }),
      ).toBe(true);
    }
  });

  it('S-14: rejects a wrong index, a wrong size, an over-long or truncated proof and a wrong root', () => {
    const base = { leafHash: leaves[5]!, index: 5, size: 8, proof: v5.proof, root: root8 };
    expect(verifyInclusionProof(base)).toBe(true);
    expect(verifyInclusionProof({ ...base, index: 4 })).toBe(false);
    expect(verifyInclusionProof({ ...base, index: 8 })).toBe(false);
    expect(verifyInclusionProof({ ...base, index: -1 })).toBe(false);
    // A wrong size is judged against that size's own root (a signed root always names its size).
    expect(verifyInclusionProof({ ...base, size: 7, root: merkleRoot(leaves.slice(0, 7)) })).toBe(
      false,
    );
    expect(verifyInclusionProof({ ...base, size: 6, root: merkleRoot(leaves.slice(0, 6)) })).toBe(
      false,
    );
    expect(verifyInclusionProof({ ...base, size: 9 })).toBe(false);
    expect(verifyInclusionProof({ ...base, size: 16 })).toBe(false);
    expect(verifyInclusionProof({ ...base, proof: [...v5.proof, v5.proof[0]!] })).toBe(false);
    expect(verifyInclusionProof({ ...base, proof: v5.proof.slice(0, 2) })).toBe(false);
    expect(verifyInclusionProof({ ...base, proof: [] })).toBe(false);
    expect(verifyInclusionProof({ ...base, root: VECTOR_ROOTS[6]! })).toBe(false);
    expect(verifyInclusionProof({ ...base, root: root8.slice(0, 62) })).toBe(false);
    expect(verifyInclusionProof({ ...base, leafHash: leaves[4]! })).toBe(false);
    expect(
      verifyInclusionProof({ ...base, proof: [v5.proof[0]!.toUpperCase(), ...v5.proof.slice(1)] }),
    ).toBe(false);
  });

  test.prop([
    fc.uniqueArray(fc.uint8Array({ maxLength: 8 }), {
      minLength: 6,
      maxLength: 45,
      selector: (d) => Buffer.from(d).toString('hex'),
    }),
    fc.nat(),
    fc.nat(),
    fc.integer({ min: 1, max: 5 }),
  ])(
    'S-14: a proof never verifies for a different index, a different size or with an extra element',
    (data, n0, at, delta) => {
      const all = data.map((d) => merkleLeafHash(d));
      const size = 1 + (n0 % (all.length - 5));
      const hashes = all.slice(0, size);
      const index = at % size;
      const proof = buildInclusionProof(hashes, index);
      const root = merkleRoot(hashes);
      const leafHash = hashes[index]!;
      expect(verifyInclusionProof({ leafHash, index, size, proof, root })).toBe(true);
      expect(verifyInclusionProof({ leafHash, index: index + delta, size, proof, root })).toBe(
        false,
      );
      expect(
        verifyInclusionProof({
          leafHash,
          index,
          size: size + delta,
          proof,
          root: merkleRoot(all.slice(0, size + delta)),
        }),
      ).toBe(false);
      expect(verifyInclusionProof({ leafHash, index, size, proof: [...proof, root], root })).toBe(
        false,
      );
    },
  );
});
