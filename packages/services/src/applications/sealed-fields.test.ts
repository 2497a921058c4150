import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACC, makeAppKit, submittedStay } from '../../test/applications-kit.js';
import { makeServicesKit } from '../../test/kit.js';
import type { ApplicationRecord } from './application-record.js';
import type { FieldCipher } from './field-cipher.js';

// AES-256-GCM with the context as associated data, as the account's PII cipher does.
function testCipher(): FieldCipher {
  const key = randomBytes(32);
  return {
    seal(text, context) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context));
      const body = Buffer.concat([c.update(text, 'utf8'), c.final(), c.getAuthTag()]);
      return `${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed, context) {
      const [iv, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url')) as [
        Buffer,
        Buffer,
      ];
      const d = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context));
      d.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([d.update(body.subarray(0, body.length - 16)), d.final()]).toString(
        'utf8',
      );
    },
  };
}

describe('forms at rest (S-12)', () => {
  it('S-12: with a cipher the stored record holds no address or date in clear; the service reads them back; a copied form does not open on another record', async () => {
    const kit = makeServicesKit();
    const k = makeAppKit({ kit, fieldCipher: testCipher() });
    const id = await submittedStay(k);
    const raw = await kit.deps.versioned<ApplicationRecord>('applications').get(id);
    const stored = JSON.stringify(raw);
    expect(stored).not.toContain('Тверская');
    expect(stored).not.toContain('10.01.2027');
    expect(Object.keys(raw!.fields)).toEqual(['$sealed']);
    const got = await k.service.get({ accountId: ACC, applicationId: id });
    expect(got.success && got.data.application.fields).toMatchObject({
      arrivalDate: '10.01.2027',
      address: { street: 'ул. Тверская' },
    });
    expect(k.agency.caseOf(id)?.submission.fields).toMatchObject({ arrivalDate: '10.01.2027' });
    const other = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'arrival_notification',
    });
    if (!other.success) throw new Error('draft');
    const otherRaw = await kit.deps
      .versioned<ApplicationRecord>('applications')
      .get(other.data.application.id);
    await kit.deps
      .versioned<ApplicationRecord>('applications')
      .update({ ...otherRaw!, fields: raw!.fields }, otherRaw!.version);
    await expect(
      k.service.get({ accountId: ACC, applicationId: other.data.application.id }),
    ).rejects.toThrow();
  });

  it('S-12: after a key rotation resealForms writes every form under the new key, page by page; the old key can then go', async () => {
    const keys = { old: testCipher(), current: testCipher() };
    let current = keys.old;
    const retired = new Set<FieldCipher>();
    // A cipher that seals with the current key and opens with any key not retired (as key ids do).
    const rotating: FieldCipher = {
      seal: (text, context) =>
        `${current === keys.old ? 'old' : 'new'}:${current.seal(text, context)}`,
      open: (sealed, context) => {
        const [kid, body] = [sealed.slice(0, 3), sealed.slice(4)];
        const key = kid === 'old' ? keys.old : keys.current;
        if (retired.has(key)) throw new Error('retired key');
        return key.open(body, context);
      },
    };
    const kit = makeServicesKit();
    const k = makeAppKit({ kit, fieldCipher: rotating });
    const ids = [
      await submittedStay(k, 'acc_a', false),
      await submittedStay(k, 'acc_b', false),
      await submittedStay(k, 'acc_c', false),
    ];
    current = keys.current;
    let cursor: string | undefined;
    let total = 0;
    do {
      const r = await k.service.resealForms({
        limit: 2,
        ...(cursor === undefined ? {} : { cursor }),
      });
      if (!r.success) throw new Error('reseal');
      total += r.data.resealed;
      cursor = r.data.nextCursor;
    } while (cursor !== undefined);
    expect(total).toBe(3);
    retired.add(keys.old);
    for (const [i, id] of ids.entries()) {
      const got = await k.service.get({
        accountId: ['acc_a', 'acc_b', 'acc_c'][i]!,
        applicationId: id,
      });
      expect(got.success && got.data.application.fields).toMatchObject({
        arrivalDate: '10.01.2027',
      });
    }
  });

  it('without a cipher the form is stored as entered', async () => {
    const kit = makeServicesKit();
    const k = makeAppKit({ kit });
    const id = await submittedStay(k);
    const raw = await kit.deps.versioned<ApplicationRecord>('applications').get(id);
    expect(raw!.fields).toMatchObject({ arrivalDate: '10.01.2027' });
  });
});
