import { describe, expect, it } from 'vitest';
import { CompactSign } from 'jose';
import { signCheckpoint } from './sign-checkpoint.js';
import { verifyCheckpoint } from './verify-checkpoint.js';
import { ed25519Key, es256Key } from '../../test/fixtures/keys.js';

const body = { origin: 'journal', size: 3, root: 'a'.repeat(64), head: 'b'.repeat(64), ts: 5 };
const key = ed25519Key('sig-1');
const codeOf = (r: Awaited<ReturnType<typeof verifyCheckpoint>>): string => (r.success ? 'ok' : r.issues[0]!.code);

describe('verifyCheckpoint', () => {
  it('S-14: rejects a checkpoint signed by an untrusted key, a re-signed or edited payload, a wrong typ or origin', async () => {
    const jws = await signCheckpoint(body, key);
    expect(codeOf(await verifyCheckpoint(jws, [key], { origin: 'journal' }))).toBe('ok');
    expect(codeOf(await verifyCheckpoint(jws, [ed25519Key('sig-2')]))).toBe('audit.checkpoint.unknown_key');
    // An attacker's key that claims the trusted kid.
    const forged = await signCheckpoint({ ...body, size: 2 }, { ...ed25519Key('sig-1') });
    expect(codeOf(await verifyCheckpoint(forged, [key]))).toBe('audit.checkpoint.signature');
    const [h, , s] = jws.split('.');
    const edited = `${h}.${Buffer.from(JSON.stringify({ ...body, size: 4 })).toString('base64url')}.${s}`;
    expect(codeOf(await verifyCheckpoint(edited, [key]))).toBe('audit.checkpoint.signature');
    expect(codeOf(await verifyCheckpoint(jws, [key], { origin: 'other' }))).toBe('audit.checkpoint.origin');
    expect(codeOf(await verifyCheckpoint('not a jws', [key]))).toBe('audit.checkpoint.malformed');
    const untyped = await new CompactSign(new TextEncoder().encode('{}')).setProtectedHeader({ alg: 'EdDSA', kid: 'sig-1' }).sign(key.privateKey);
    expect(codeOf(await verifyCheckpoint(untyped, [key]))).toBe('audit.checkpoint.malformed');
    const badBody = await new CompactSign(new TextEncoder().encode('{"size":1}'))
      .setProtectedHeader({ alg: 'EdDSA', kid: 'sig-1', typ: 'audit-checkpoint+jws' })
      .sign(key.privateKey);
    expect(codeOf(await verifyCheckpoint(badBody, [key]))).toBe('audit.checkpoint.malformed');
  });

  it('rejects an algorithm other than the key’s', async () => {
    const ec = es256Key('sig-1');
    const jws = await signCheckpoint(body, ec);
    expect(codeOf(await verifyCheckpoint(jws, [key]))).toBe('audit.checkpoint.unknown_key');
  });
});
