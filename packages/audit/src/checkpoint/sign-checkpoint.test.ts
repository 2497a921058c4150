import { describe, expect, it } from 'vitest';
import { decodeProtectedHeader } from 'jose';
import { JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import { signCheckpoint } from './sign-checkpoint.js';
import { verifyCheckpoint } from './verify-checkpoint.js';
import { ed25519Key, es256Key } from '../../test/fixtures/keys.js';

const body = {
  origin: 'journal',
  size: 3,
  root: 'a'.repeat(64),
  head: 'b'.repeat(64),
  ts: 1_767_225_600_000,
};

describe('signCheckpoint', () => {
  it('S-14: signs the canonical body as an EdDSA JWS with kid and typ', async () => {
    const key = ed25519Key('sig-1');
    const jws = await signCheckpoint(body, key);
    expect(decodeProtectedHeader(jws)).toEqual({
      alg: 'EdDSA',
      kid: 'sig-1',
      typ: 'audit-checkpoint+jws',
    });
    const payload = Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8');
    expect(payload).toBe(
      `{"head":"${'b'.repeat(64)}","origin":"journal","root":"${'a'.repeat(64)}","size":3,"ts":1767225600000}`,
    );
    const r = await verifyCheckpoint(jws, [key]);
    expect(r).toEqual({ success: true, data: { ...body, kid: 'sig-1', jws } });
  });

  it('signs with ES256 keys too', async () => {
    const key = es256Key('sig-ec');
    const r = await verifyCheckpoint(await signCheckpoint(body, key), [key]);
    expect(r.success).toBe(true);
  });

  it('refuses a malformed body', async () => {
    const key = ed25519Key('sig-1');
    await expect(signCheckpoint({ ...body, root: 'xyz' }, key)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(
      signCheckpoint({ ...body, size: 0, head: JOURNAL_GENESIS_HASH }, key),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    await expect(signCheckpoint({ ...body, size: -1 }, key)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });
});
