import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { verifyConsistencyProof } from './verify-consistency-proof.js';
import { buildConsistencyProof } from './build-consistency-proof.js';
import { merkleLeafHash } from './merkle-leaf-hash.js';
import { merkleRoot } from './merkle-root.js';
import {
  VECTOR_CONSISTENCY,
  VECTOR_LEAVES,
  VECTOR_ROOTS,
} from '../../test/fixtures/rfc6962-vectors.js';

const leaves = VECTOR_LEAVES.map((d) => merkleLeafHash(d));
const rootOf = (n: number): string => merkleRoot(leaves.slice(0, n));

describe('verifyConsistencyProof', () => {
  it('accepts the RFC 6962 reference consistency proofs', () => {
    for (const v of VECTOR_CONSISTENCY) {
      expect(
        verifyConsistencyProof({
          size1: v.size1,
          size2: v.size2,
          root1: rootOf(v.size1),
          root2: rootOf(v.size2),
          proof: v.proof,
        }),
      ).toBe(true);
    }
    expect(rootOf(8)).toBe(VECTOR_ROOTS[7]);
  });

  it('S-14: rejects wrong sizes, size1 > size2, over-long and truncated proofs, wrong roots', () => {
    const v = VECTOR_CONSISTENCY[1]!; // 6 → 8
    const base = { size1: 6, size2: 8, root1: rootOf(6), root2: rootOf(8), proof: v.proof };
    expect(verifyConsistencyProof(base)).toBe(true);
    expect(verifyConsistencyProof({ ...base, size1: 5 })).toBe(false);
    expect(verifyConsistencyProof({ ...base, size2: 7, root2: rootOf(7) })).toBe(false);
    expect(verifyConsistencyProof({ ...base, size2: 9 })).toBe(false);
    expect(verifyConsistencyProof({ ...base, size2: 16 })).toBe(false);
    expect(verifyConsistencyProof({ ...base, size1: 9, size2: 8 })).toBe(false);
    expect(verifyConsistencyProof({ ...base, proof: [...v.proof, v.proof[2]!] })).toBe(false);
    expect(verifyConsistencyProof({ ...base, proof: v.proof.slice(0, 2) })).toBe(false);
    expect(verifyConsistencyProof({ ...base, proof: [] })).toBe(false);
    expect(verifyConsistencyProof({ ...base, root1: rootOf(5) })).toBe(false);
    expect(verifyConsistencyProof({ ...base, root2: rootOf(7) })).toBe(false);
    expect(verifyConsistencyProof({ ...base, root2: rootOf(8).slice(0, 60) })).toBe(false);
    // Equal sizes: only the empty proof and equal roots; the empty tree precedes everything.
    expect(
      verifyConsistencyProof({ size1: 8, size2: 8, root1: rootOf(8), root2: rootOf(8), proof: [] }),
    ).toBe(true);
    expect(
      verifyConsistencyProof({
        size1: 8,
        size2: 8,
        root1: rootOf(8),
        root2: rootOf(8),
        proof: [rootOf(8)],
      }),
    ).toBe(false);
    expect(
      verifyConsistencyProof({ size1: 8, size2: 8, root1: rootOf(7), root2: rootOf(8), proof: [] }),
    ).toBe(false);
    expect(
      verifyConsistencyProof({ size1: 0, size2: 8, root1: rootOf(0), root2: rootOf(8), proof: [] }),
    ).toBe(true);
    expect(
      verifyConsistencyProof({
        size1: 0,
        size2: 8,
        root1: rootOf(0),
        root2: rootOf(8),
        proof: [rootOf(1)],
      }),
    ).toBe(false);
  });

  test.prop([
    fc.array(fc.uint8Array({ maxLength: 8 }), { minLength: 2, maxLength: 40 }),
    fc.nat(),
    fc.nat(),
    fc.nat(255),
  ])(
    'S-14: a changed leaf in the old prefix breaks consistency with the new tree',
    (data, a, b, bit) => {
      const hashes = data.map((d) => merkleLeafHash(d));
      const m = 1 + (a % (hashes.length - 1));
      const i = b % m;
      const tampered = data.map((d) => Uint8Array.from(d));
      tampered[i] = Uint8Array.from([...tampered[i]!, bit]);
      const root1 = merkleRoot(tampered.slice(0, m).map((d) => merkleLeafHash(d)));
      const proof = buildConsistencyProof(hashes, m);
      expect(
        verifyConsistencyProof({
          size1: m,
          size2: hashes.length,
          root1,
          root2: merkleRoot(hashes),
          proof,
        }),
      ).toBe(false);
    },
  );
});
