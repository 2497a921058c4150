import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { AccountRecord, IdentityConfirmationRecord } from '@kabinet/ports';
import { createKit, registerActive, rotatedKeys, testKeys } from '../../test/test-kit.js';
import { indexForm } from './contact-values.js';
import { documentIndex } from './document-index.js';
import { rekeyAccount } from './rekey-account.js';

const kit = createKit();
const base = await (async () => {
  const { accountId } = await registerActive(kit);
  const { version: _v, ...plain } = (await kit.accounts.get(accountId))!;
  return plain;
})();

const text = fc.string({ minLength: 1, maxLength: 40 });
const fieldsArb = fc.record({
  personal: text,
  phone: text,
  email: text,
  messengers: fc
    .subarray(['telegram', 'viber', 'whatsapp'] as const)
    .chain((kinds) => fc.tuple(...kinds.map((kind) => text.map((value) => ({ kind, value }))))),
  trustedPhone: fc.option(text, { nil: undefined }),
  pending: fc.array(
    fc.record({ channel: fc.constantFrom<'phone' | 'email'>('phone', 'email'), value: text }),
    { maxLength: 2 },
  ),
  documents: fc.array(
    fc.record({
      number: fc.string({ unit: fc.constantFrom(...'ABC0123456789'), minLength: 1, maxLength: 12 }),
      indexed: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  totp: fc.option(text, { nil: undefined }),
  evidence: fc.array(text, { maxLength: 2 }),
  blockedIps: fc.array(
    fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 8 }),
    { maxLength: 2 },
  ),
});
type Fields = typeof fieldsArb extends fc.Arbitrary<infer F> ? F : never;

/** Builds an account whose every encrypted field holds the given plaintext, sealed and indexed under the keys in use. */
function sealedAccount(f: Fields): AccountRecord {
  const seal = (value: string, field: string) =>
    kit.ctx.pii.encrypt(value, `account:${base.id}:${field}`);
  const contact = (channel: 'phone' | 'email', value: string, field: string) => ({
    value: seal(value, field),
    blindIndex: kit.ctx.blindIndex(channel, indexForm(channel, value)),
    masked: '***',
  });
  const check = (evidence: string, i: number): IdentityConfirmationRecord => ({
    id: `chk_${i}`,
    kind: 'documents',
    state: 'confirmed',
    createdAt: 0,
    updatedAt: 0,
    evidence: seal(evidence, `check:chk_${i}`),
    summary: {},
    registryChecks: [],
    defects: [],
  });
  return {
    ...base,
    personal: seal(f.personal, 'personal'),
    phone: contact('phone', f.phone, 'phone'),
    email: contact('email', f.email, 'email'),
    extra: {
      messengers: f.messengers.map((m) => ({
        kind: m.kind,
        value: seal(m.value, `messenger:${m.kind}`),
        masked: '***',
      })),
      ...(f.trustedPhone === undefined
        ? {}
        : { trustedPhone: { value: seal(f.trustedPhone, 'trusted_phone'), masked: '***' } }),
    },
    pendingContactChanges: f.pending.map((p, i) => ({
      ...contact(p.channel, p.value, `pending:${p.channel}`),
      channel: p.channel,
      challengeId: `chl_${i}`,
      requestedAt: 0,
    })),
    documents: f.documents.map((d, i) => {
      const fields = { number: d.number, country: 'UZB' };
      const index = documentIndex(kit.ctx, 'foreign_passport', fields);
      // Some bound before documents had an index (they get one), some indexed under the old key.
      return {
        id: `doc_${i}`,
        kind: 'foreign_passport' as const,
        data: seal(JSON.stringify(fields), `document:doc_${i}`),
        masked: '***',
        fileIds: [],
        boundAt: 0,
        ...(d.indexed && index !== undefined ? { blindIndex: index } : {}),
      };
    }),
    secondFactor:
      f.totp === undefined
        ? { method: 'sms' }
        : { method: 'totp', totp: { secret: seal(f.totp, 'totp'), createdAt: 0 } },
    identityChecks: f.evidence.map(check),
    blockedIps: f.blockedIps.map((ip) => `test-bi:${ip}`),
  };
}

/** Every encrypted field of an account with its encryption field name, and every contact with its channel. */
function fieldsOf(a: AccountRecord): {
  sealed: [string, string][];
  contacts: { channel: 'phone' | 'email'; value: string; field: string; blindIndex: string }[];
} {
  const contacts = [
    { channel: 'phone' as const, ...a.phone, field: 'phone' },
    { channel: 'email' as const, ...a.email, field: 'email' },
    ...a.pendingContactChanges.map((p) => ({ ...p, field: `pending:${p.channel}` })),
  ];
  return {
    sealed: [
      [a.personal, 'personal'],
      ...contacts.map((c): [string, string] => [c.value, c.field]),
      ...a.extra.messengers.map((m): [string, string] => [m.value, `messenger:${m.kind}`]),
      ...(a.extra.trustedPhone === undefined
        ? []
        : [[a.extra.trustedPhone.value, 'trusted_phone'] as [string, string]]),
      ...a.documents.map((d): [string, string] => [d.data, `document:${d.id}`]),
      ...(a.secondFactor.totp === undefined
        ? []
        : [[a.secondFactor.totp.secret, 'totp'] as [string, string]]),
      ...a.identityChecks.map((c): [string, string] => [c.evidence, `check:${c.id}`]),
    ],
    contacts,
  };
}

describe('rekeyAccount', () => {
  test.prop([fieldsArb], { numRuns: 60 })(
    'S-12: every field ends up sealed under the current key with the same plaintext, every contact and document indexed under the current key; a second pass changes nothing',
    (f) => {
      kit.useKeys(testKeys);
      const before = sealedAccount(f);
      kit.useKeys(rotatedKeys());
      const next = rekeyAccount(kit.ctx, before);
      expect(next).toBeDefined();
      const was = fieldsOf(before);
      const now = fieldsOf(next!);
      expect(now.sealed.map(([, field]) => field)).toEqual(was.sealed.map(([, field]) => field));
      now.sealed.forEach(([ciphertext, field], i) => {
        expect(ciphertext.startsWith('enc.v1.new-pii.')).toBe(true);
        const context = `account:${base.id}:${field}`;
        expect(kit.ctx.pii.decrypt(ciphertext, context)).toBe(
          kit.ctx.pii.decrypt(was.sealed[i]![0], context),
        );
      });
      for (const c of now.contacts) {
        expect(c.blindIndex).toBe(
          kit.ctx.blindIndex(
            c.channel,
            indexForm(c.channel, kit.ctx.pii.decrypt(c.value, `account:${base.id}:${c.field}`)),
          ),
        );
      }
      for (const d of next!.documents) {
        expect(d.blindIndex).toBe(
          documentIndex(
            kit.ctx,
            d.kind,
            kit.ctx.pii.decryptJson<Record<string, string>>(
              d.data,
              `account:${base.id}:document:${d.id}`,
            ),
          ),
        );
        expect(kit.ctx.blindIndex.isCurrent(d.blindIndex!)).toBe(true);
      }
      expect(next!.blockedIps).toEqual(before.blockedIps);
      expect({
        ...next!,
        personal: '',
        phone: '',
        email: '',
        extra: '',
        pendingContactChanges: '',
        documents: '',
        secondFactor: '',
        identityChecks: '',
      }).toEqual({
        ...before,
        personal: '',
        phone: '',
        email: '',
        extra: '',
        pendingContactChanges: '',
        documents: '',
        secondFactor: '',
        identityChecks: '',
      });
      expect(rekeyAccount(kit.ctx, next!)).toBeUndefined();
    },
  );
});
