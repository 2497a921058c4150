import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { generateVisitPassKeys } from './generate-visit-pass-keys.js';
import { renderVisitPassSvg } from './render-visit-pass-svg.js';
import { signVisitPass } from './sign-visit-pass.js';
import { verifyVisitPass } from './verify-visit-pass.js';
import { visitPassPublicKeys } from './visit-pass-public-keys.js';

const START = Date.UTC(2027, 0, 18, 6, 0);
const claims = {
  appointmentId: 'apt_01k2x3y4z5abcdefghjkmnpq',
  number: 'A7K2M9QX',
  officeId: 'mow-1',
  serviceId: 'patent',
  start: START,
  end: START + 15 * 60_000,
  issuedAt: START - 86_400_000,
  expiresAt: START + 45 * 60_000,
};
const [key] = generateVisitPassKeys('vp-2027');
const publicKeys = visitPassPublicKeys([key!]);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

describe('visit pass', () => {
  it('SVC-2: a signed pass verifies offline with the public key alone and gives back its claims', async () => {
    const text = await signVisitPass(claims, key!);
    expect(text.split('.')).toHaveLength(3);
    expect(text.length).toBeLessThan(400);
    const checked = await verifyVisitPass(text, publicKeys, START);
    expect(checked).toEqual({ success: true, data: { ...claims, kid: 'vp-2027' } });
  });

  test.prop([fc.nat(), fc.nat()], { numRuns: 200 })(
    'SVC-2: any one flipped character is refused',
    async (position, replacement) => {
      const text = await signVisitPass(claims, key!);
      const i = position % text.length;
      const c = ALPHABET[replacement % ALPHABET.length]!;
      fc.pre(c !== text[i]);
      const forged = text.slice(0, i) + c + text.slice(i + 1);
      const checked = await verifyVisitPass(forged, publicKeys, START);
      expect(checked.success).toBe(false);
    },
  );

  it('SVC-2: a signature spelled another way (unused low bits of its last character set) is refused', async () => {
    const text = await signVisitPass(claims, key!);
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = B64.indexOf(text.at(-1)!);
    const respelled = text.slice(0, -1) + B64[last | 1];
    expect(Buffer.from(respelled.split('.')[2]!, 'base64url')).toEqual(
      Buffer.from(text.split('.')[2]!, 'base64url'),
    );
    expect(await verifyVisitPass(respelled, publicKeys, START)).toMatchObject({
      success: false,
      issues: [{ code: 'visit_pass.malformed' }],
    });
  });

  it('SVC-2: expiry is exact: valid 1 ms before exp, refused at exp', async () => {
    const text = await signVisitPass(claims, key!);
    expect((await verifyVisitPass(text, publicKeys, claims.expiresAt - 1)).success).toBe(true);
    expect(await verifyVisitPass(text, publicKeys, claims.expiresAt)).toMatchObject({
      success: false,
      issues: [{ code: 'visit_pass.expired' }],
    });
  });

  it('a pass signed by another key, or with a kid not published, is refused; a retired key still verifies (rotation)', async () => {
    const [other] = generateVisitPassKeys('vp-2027');
    const forged = await signVisitPass(claims, other!);
    expect(await verifyVisitPass(forged, publicKeys, START)).toMatchObject({
      success: false,
      issues: [{ code: 'visit_pass.signature' }],
    });
    const [stranger] = generateVisitPassKeys('vp-unknown');
    expect(
      await verifyVisitPass(await signVisitPass(claims, stranger!), publicKeys, START),
    ).toMatchObject({ success: false, issues: [{ code: 'visit_pass.unknown_key' }] });
    const [current] = generateVisitPassKeys('vp-2028');
    const rotated = visitPassPublicKeys([current!, key!]);
    expect((await verifyVisitPass(await signVisitPass(claims, key!), rotated, START)).success).toBe(
      true,
    );
  });

  test.prop([fc.string({ maxLength: 600 })], { numRuns: 200 })(
    'S-17: any text is refused as data, never thrown',
    async (text) => {
      const checked = await verifyVisitPass(text, publicKeys, START);
      expect(checked.success).toBe(false);
    },
  );

  it('renders as an SVG QR code', async () => {
    const svg = renderVisitPassSvg(await signVisitPass(claims, key!));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('</svg>');
  });
});
