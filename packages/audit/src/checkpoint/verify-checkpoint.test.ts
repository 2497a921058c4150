import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CompactSign, compactVerify, type CompactJWSHeaderParameters } from 'jose';
import { signCheckpoint } from './sign-checkpoint.js';
import { verifyCheckpoint } from './verify-checkpoint.js';
import { ed25519Key, es256Key } from '../../test/fixtures/keys.js';

const body = { origin: 'journal', size: 3, root: 'a'.repeat(64), head: 'b'.repeat(64), ts: 5 };
const key = ed25519Key('sig-1');
const codeOf = (r: Awaited<ReturnType<typeof verifyCheckpoint>>): string =>
  r.success ? 'ok' : r.issues[0]!.code;

describe('verifyCheckpoint', () => {
  it('S-14: rejects a checkpoint signed by an untrusted key, a re-signed or edited payload, a wrong typ or origin', async () => {
    const jws = await signCheckpoint(body, key);
    expect(codeOf(await verifyCheckpoint(jws, [key], { origin: 'journal' }))).toBe('ok');
    expect(codeOf(await verifyCheckpoint(jws, [ed25519Key('sig-2')]))).toBe(
      'audit.checkpoint.unknown_key',
    );
    // An attacker's key that claims the trusted kid.
    const forged = await signCheckpoint({ ...body, size: 2 }, { ...ed25519Key('sig-1') });
    expect(codeOf(await verifyCheckpoint(forged, [key]))).toBe('audit.checkpoint.signature');
    const [h, , s] = jws.split('.');
    const edited = `${h}.${Buffer.from(JSON.stringify({ ...body, size: 4 })).toString('base64url')}.${s}`;
    expect(codeOf(await verifyCheckpoint(edited, [key]))).toBe('audit.checkpoint.signature');
    expect(codeOf(await verifyCheckpoint(jws, [key], { origin: 'other' }))).toBe(
      'audit.checkpoint.origin',
    );
    expect(codeOf(await verifyCheckpoint('not a jws', [key]))).toBe('audit.checkpoint.malformed');
    const untyped = await new CompactSign(new TextEncoder().encode('{}'))
      .setProtectedHeader({ alg: 'EdDSA', kid: 'sig-1' })
      .sign(key.privateKey);
    expect(codeOf(await verifyCheckpoint(untyped, [key]))).toBe('audit.checkpoint.malformed');
    const badBody = await new CompactSign(new TextEncoder().encode('{"size":1}'))
      .setProtectedHeader({ alg: 'EdDSA', kid: 'sig-1', typ: 'audit-checkpoint+jws' })
      .sign(key.privateKey);
    expect(codeOf(await verifyCheckpoint(badBody, [key]))).toBe('audit.checkpoint.malformed');
  });

  it('S-14: a protected header with members beyond alg, kid and typ is refused, not interpreted', async () => {
    const payload = new TextEncoder().encode(JSON.stringify(body));
    for (const extra of [
      { jku: 'https://attacker.example/keys' },
      { crit: ['b64'], b64: true },
      { x5u: 'https://attacker.example/cert' },
    ]) {
      const jws = await new CompactSign(payload)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'sig-1', typ: 'audit-checkpoint+jws', ...extra })
        .sign(key.privateKey);
      expect(codeOf(await verifyCheckpoint(jws, [key]))).toBe('audit.checkpoint.malformed');
    }
  });

  it('rejects an algorithm other than the key’s', async () => {
    const ec = es256Key('sig-1');
    const jws = await signCheckpoint(body, ec);
    expect(codeOf(await verifyCheckpoint(jws, [key]))).toBe('audit.checkpoint.unknown_key');
  });
});

describe('verifyCheckpoint beside jose', () => {
  const ec = es256Key('sig-3');
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ';
  const encode = (value: unknown): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  type Header = CompactJWSHeaderParameters & { kid: string; typ: string };
  const headers = fc.constantFrom<Header>(
    { alg: 'EdDSA', kid: 'sig-1', typ: 'audit-checkpoint+jws' },
    { alg: 'EdDSA', kid: 'sig-1', typ: 'audit-checkpoint+jws', crit: ['b64'], b64: false },
    { alg: 'EdDSA', kid: 'sig-1', typ: 'audit-checkpoint+jws', extra: 1 },
    { alg: 'none', kid: 'sig-1', typ: 'audit-checkpoint+jws' },
    { alg: 'ES256', kid: 'sig-3', typ: 'audit-checkpoint+jws' },
    { alg: 'EdDSA', kid: 'sig-3', typ: 'audit-checkpoint+jws' },
  );
  // Valid checkpoints and every kind of damage: a changed, dropped or inserted character anywhere,
  // other headers (signed for real), a signature moved between payloads.
  const mutation = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('change' as const),
      at: fc.nat(),
      char: fc.constantFrom(...ALPHABET),
    }),
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      char: fc.constantFrom(...ALPHABET),
    }),
  );
  const signer = (alg: string) => (alg === 'ES256' ? ec : key);

  test.prop([headers, fc.integer({ min: 1, max: 1000 }), mutation], { numRuns: 300 })(
    'S-14: accepts only what jose compactVerify accepts with the same pinned key, and everything it accepts in the signer’s format',
    async (header, size, m) => {
      const payload = new TextEncoder().encode(JSON.stringify({ ...body, size }));
      let jws: string;
      try {
        jws = await new CompactSign(payload)
          .setProtectedHeader(header)
          .sign(signer(header.alg).privateKey);
      } catch {
        jws = `${encode(header)}.${Buffer.from(payload).toString('base64url')}.`;
      }
      const at = 'at' in m ? m.at % (jws.length + 1) : 0;
      if (m.kind === 'change') jws = jws.slice(0, at) + m.char + jws.slice(at + 1);
      if (m.kind === 'drop') jws = jws.slice(0, at) + jws.slice(at + 1);
      if (m.kind === 'insert') jws = jws.slice(0, at) + m.char + jws.slice(at);
      const trusted = [key, ec];
      const ours = await verifyCheckpoint(jws, trusted);
      const pinned = trusted.find((k) => k.kid === header.kid)!;
      const jose = await compactVerify(jws, pinned.publicKey, { algorithms: [pinned.alg] }).then(
        (r) => ({ ok: true, header: r.protectedHeader }),
        () => ({ ok: false, header: undefined }),
      );
      if (ours.success) expect(jose.ok).toBe(true);
      const [h = '', p = '', sig = ''] = jws.split('.');
      const canonical = [h, p, sig].every(
        (part) =>
          /^[A-Za-z0-9_-]+$/.test(part) &&
          Buffer.from(part, 'base64url').toString('base64url') === part,
      );
      const signerFormat =
        jose.ok &&
        canonical &&
        jws.split('.').length === 3 &&
        Object.keys(jose.header ?? {})
          .sort()
          .join() === 'alg,kid,typ' &&
        jose.header?.kid === header.kid;
      if (signerFormat && header.typ === 'audit-checkpoint+jws') expect(codeOf(ours)).toBe('ok');
    },
  );
});
