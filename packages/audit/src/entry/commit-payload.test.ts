import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { commitPayload } from './commit-payload.js';

const salt = fc.uint8Array({ minLength: 16, maxLength: 32 });

describe('commitPayload', () => {
  test.prop([fc.jsonValue({ maxDepth: 3 }), salt])(
    'S-12: is SHA-256(salt ‖ RFC 8785 JSON), independent of key order',
    (payload, s) => {
      const expected = createHash('sha256')
        .update(s)
        .update(canonicalize(payload)!, 'utf8')
        .digest('hex');
      expect(commitPayload(payload, s)).toBe(expected);
    },
  );

  test.prop([fc.jsonValue({ maxDepth: 2 }), salt, salt])(
    'S-12: a different salt gives a different commitment, so an erased value cannot be confirmed by guessing',
    (payload, a, b) => {
      fc.pre(Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0);
      expect(commitPayload(payload, a)).not.toBe(commitPayload(payload, b));
    },
  );

  it('refuses a short salt and a payload without a canonical form', () => {
    expect(() => commitPayload({ a: 1 }, new Uint8Array(15))).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => commitPayload({ a: NaN }, new Uint8Array(16))).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
