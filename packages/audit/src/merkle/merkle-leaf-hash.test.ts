import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { merkleLeafHash } from './merkle-leaf-hash.js';

describe('merkleLeafHash', () => {
  it('is SHA-256(0x00 ‖ data) for bytes and for UTF-8 text', () => {
    expect(merkleLeafHash(new Uint8Array())).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
    expect(merkleLeafHash(Uint8Array.of(0))).toBe(
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    );
    const text = 'журнал ✓';
    const expected = createHash('sha256')
      .update(Uint8Array.of(0))
      .update(Buffer.from(text, 'utf8'))
      .digest('hex');
    expect(merkleLeafHash(text)).toBe(expected);
    expect(merkleLeafHash(new Uint8Array(Buffer.from(text, 'utf8')))).toBe(expected);
  });
});
