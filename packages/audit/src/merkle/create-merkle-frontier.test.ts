import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { createMerkleFrontier } from './create-merkle-frontier.js';
import { merkleLeafHash } from './merkle-leaf-hash.js';
import { oracleMth } from '../../test/fixtures/rfc6962-vectors.js';

describe('createMerkleFrontier', () => {
  test.prop([fc.array(fc.uint8Array({ maxLength: 16 }), { maxLength: 70 })])(
    'root after every append equals the oracle MTH of the prefix',
    (leaves) => {
      const frontier = createMerkleFrontier();
      expect(frontier.root()).toBe(oracleMth([]));
      leaves.forEach((d, i) => {
        frontier.append(merkleLeafHash(d));
        expect(frontier.size).toBe(i + 1);
        expect(frontier.root()).toBe(oracleMth(leaves.slice(0, i + 1)));
      });
    },
  );

  test.prop([fc.array(fc.uint8Array({ maxLength: 8 }), { maxLength: 60 }), fc.nat()])(
    'resumes from a stored compact range',
    (leaves, cut) => {
      const at = leaves.length === 0 ? 0 : cut % (leaves.length + 1);
      const first = createMerkleFrontier();
      for (const d of leaves.slice(0, at)) first.append(merkleLeafHash(d));
      const resumed = createMerkleFrontier({ size: first.size, hashes: first.hashes() });
      for (const d of leaves.slice(at)) resumed.append(merkleLeafHash(d));
      expect(resumed.root()).toBe(oracleMth(leaves));
    },
  );

  it('rejects a compact range that does not fit its size', () => {
    const h = merkleLeafHash('x');
    expect(() => createMerkleFrontier({ size: 3, hashes: [h] })).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => createMerkleFrontier({ size: 1, hashes: ['zz'] })).toThrow(KabinetError);
    expect(createMerkleFrontier({ size: 3, hashes: [h, h] }).size).toBe(3);
  });
});
