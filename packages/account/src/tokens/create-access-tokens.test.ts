import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createStaticKeyProvider } from '../crypto/create-static-key-provider.js';
import { generateDevelopmentKeys } from '../crypto/generate-development-keys.js';
import { createAccessTokens } from './create-access-tokens.js';
import { createFakeClock } from '@kabinet/core/testing';

const config = generateDevelopmentKeys('t');
const keys = createStaticKeyProvider(config);
const base = { keys, issuer: 'https://lk.example.ru', audience: 'kabinet', ttlMs: 15 * 60_000 };
const claims = { accountId: 'acc_1', sessionId: 'ses_1', level: 'standard' as const };
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('createAccessTokens', () => {
  it('S-10: a signature spelled in non-canonical base64url (unused low bits of its last character set) is refused, though it decodes to the same bytes', async () => {
    const clock = createFakeClock();
    const tokens = createAccessTokens({ ...base, clock });
    const jwt = await tokens.sign(claims);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    // 64 signature bytes are 86 characters; the last one carries 2 bits and 4 unused ones.
    const last = ALPHABET.indexOf(signature.at(-1)!);
    expect(last & 0b1111).toBe(0);
    for (let low = 1; low < 16; low++) {
      const twin = `${signature.slice(0, -1)}${ALPHABET[last | low]}`;
      expect(Buffer.from(twin, 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
      expect(await tokens.verify(`${header}.${payload}.${twin}`), `low bits ${low}`).toEqual({
        success: false,
        issues: [{ code: 'session.invalid_token', path: [] }],
      });
    }
    for (const odd of [
      `${signature}==`,
      `${signature.slice(0, 40)}+${signature.slice(41)}`,
      `${signature.slice(0, 40)} ${signature.slice(41)}`,
    ]) {
      expect((await tokens.verify(`${header}.${payload}.${odd}`)).success).toBe(false);
    }
    expect((await tokens.verify(`${header}.${payload}.${signature}.`)).success).toBe(false);
    expect((await tokens.verify(jwt)).success).toBe(true);
  });

  it('S-10: signs EdDSA tokens with kid and typ and verifies them', async () => {
    const clock = createFakeClock();
    const tokens = createAccessTokens({ ...base, clock });
    const jwt = await tokens.sign(claims);
    const header = JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString());
    expect(header).toEqual({ alg: 'EdDSA', kid: 't-sig', typ: 'at+jwt' });
    const r = await tokens.verify(jwt);
    expect(r.success && r.data).toMatchObject({
      ...claims,
      issuedAt: clock.now(),
      expiresAt: clock.now() + 15 * 60_000,
    });
  });

  it('S-10: rejects an expired token, a wrong issuer or audience, and an unsigned token', async () => {
    const clock = createFakeClock();
    const tokens = createAccessTokens({ ...base, clock });
    const jwt = await tokens.sign(claims);
    expect(
      (await createAccessTokens({ ...base, clock, issuer: 'other' }).verify(jwt)).success,
    ).toBe(false);
    expect(
      (await createAccessTokens({ ...base, clock, audience: 'other' }).verify(jwt)).success,
    ).toBe(false);
    const unsigned = new UnsecuredJWT({ sid: 'ses_1', lvl: 'standard' })
      .setSubject('acc_1')
      .setIssuer(base.issuer)
      .setAudience(base.audience)
      .setExpirationTime('1h')
      .encode();
    expect((await tokens.verify(unsigned)).success).toBe(false);
    expect((await tokens.verify('not.a.jwt')).success).toBe(false);
    clock.advance(15 * 60_000 + 6_000);
    expect(await tokens.verify(jwt)).toEqual({
      success: false,
      issues: [{ code: 'session.invalid_token', path: [] }],
    });
  });

  it('S-10: the algorithm is pinned to the key — a token signed by a foreign key under our kid fails', async () => {
    const clock = createFakeClock();
    const tokens = createAccessTokens({ ...base, clock });
    const foreign = generateKeyPairSync('ed25519').privateKey;
    const forged = await new SignJWT({ sid: 'ses_1', lvl: 'confirmed' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 't-sig', typ: 'at+jwt' })
      .setSubject('acc_1')
      .setIssuer(base.issuer)
      .setAudience(base.audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(foreign);
    expect((await tokens.verify(forged)).success).toBe(false);
    const wrongTyp = await new SignJWT({ sid: 'ses_1', lvl: 'confirmed' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 't-sig', typ: 'JWT' })
      .setSubject('acc_1')
      .setIssuer(base.issuer)
      .setAudience(base.audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(config.signing[0]!.privateKey as never);
    expect((await tokens.verify(wrongTyp)).success).toBe(false);
  });

  it('S-10: kid rotation — tokens of a retired key still verify, new tokens use the new key', async () => {
    const clock = createFakeClock();
    const old = createAccessTokens({ ...base, clock });
    const jwt = await old.sign(claims);
    const next = generateDevelopmentKeys('n');
    const rotated = createAccessTokens({
      ...base,
      clock,
      keys: createStaticKeyProvider({ ...config, signing: [...next.signing, ...config.signing] }),
    });
    expect((await rotated.verify(jwt)).success).toBe(true);
    const fresh = await rotated.sign(claims);
    expect(JSON.parse(Buffer.from(fresh.split('.')[0]!, 'base64url').toString()).kid).toBe('n-sig');
    expect((await old.verify(fresh)).success).toBe(false);
  });
});
