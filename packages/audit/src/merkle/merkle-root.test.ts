import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { merkleRoot } from './merkle-root.js';
import { merkleLeafHash } from './merkle-leaf-hash.js';
import {
  VECTOR_EMPTY_ROOT,
  VECTOR_LEAVES,
  VECTOR_ROOTS,
  oracleMth,
} from '../../test/fixtures/rfc6962-vectors.js';

describe('merkleRoot', () => {
  it('S-14: reproduces the RFC 6962/9162 reference roots for sizes 0…8', () => {
    expect(merkleRoot([])).toBe(VECTOR_EMPTY_ROOT);
    for (let size = 1; size <= 8; size++) {
      expect(merkleRoot(VECTOR_LEAVES.slice(0, size).map((d) => merkleLeafHash(d)))).toBe(
        VECTOR_ROOTS[size - 1],
      );
    }
  });

  it('reproduces the hash-tree vector MTH("0","1","2") = 725d5230…1327', () => {
    const root = merkleRoot(['0', '1', '2'].map((d) => merkleLeafHash(d)));
    expect(root.startsWith('725d5230')).toBe(true);
    expect(root.endsWith('1327')).toBe(true);
  });

  test.prop([fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 70 })])(
    'equals an independent recursive MTH (oracle)',
    (leaves) => {
      expect(merkleRoot(leaves.map((d) => merkleLeafHash(d)))).toBe(oracleMth(leaves));
    },
  );

  test.prop([
    fc.array(fc.uint8Array({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 40 }),
    fc.nat(),
    fc.nat(255),
  ])('S-14: flipping one bit of any leaf changes the root', (leaves, at, bit) => {
    const hashes = leaves.map((d) => merkleLeafHash(d));
    const i = at % leaves.length;
    const flipped = leaves.map((d) => Uint8Array.from(d));
    flipped[i]![bit % flipped[i]!.length]! ^= 1 << (bit % 8);
    expect(merkleRoot(flipped.map((d) => merkleLeafHash(d)))).not.toBe(merkleRoot(hashes));
  });
});
