import { describe, expect, it } from 'vitest';
import type { AccountRecord } from '@kabinet/ports';
import { accountKeys } from '../_lib/account-keys.js';
import {
  createKit,
  login,
  people,
  registerActive,
  rotatedKeys,
  standardAccount,
  type Kit,
} from '../../test/test-kit.js';

const operator = { operatorId: 'ops_7' };

/** Every string of a record, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

/** An account with every kind of encrypted field: documents and check evidence, a messenger, a trusted phone, a pending contact change. */
async function richAccount(kit: Kit) {
  const account = await standardAccount(kit);
  expect(
    (await kit.contacts.setMessenger(account.auth, { kind: 'telegram', value: '@aziz_karimov' }))
      .success,
  ).toBe(true);
  expect(
    (await kit.contacts.setTrustedPhone(account.auth, { phone: '+998935550011' })).success,
  ).toBe(true);
  expect(
    (await kit.contacts.requestChange(account.auth, { channel: 'email', value: 'next@example.uz' }))
      .success,
  ).toBe(true);
  return account;
}

async function stored(kit: Kit, id: string): Promise<AccountRecord> {
  const { version: _v, ...plain } = (await kit.accounts.get(id))!;
  return plain;
}

describe('key rotation of accounts', () => {
  it('S-12: after a pii and blind-index key rotation, an account not yet re-keyed still logs in and keeps its contacts unique', async () => {
    const kit = createKit();
    const first = await registerActive(kit);
    kit.useKeys(rotatedKeys());
    await login(kit, first.phone);
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error('no draft');
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kit.registration.setContacts({
      ...access,
      phone: first.phone,
      email: 'other@example.uz',
    });
    kit.clock.advance(61_000);
    expect((await kit.registration.requestCode({ ...access, channel: 'phone' })).success).toBe(
      true,
    );
    // S-8: the owner, found under the retired index, is told instead of a code being sent.
    expect(kit.outbox.lastTo(first.phone)?.purpose).toBe('notice');
  });

  it('S-8: a draft begun before the rotation still finds an owner indexed under the new key', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error('no draft');
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kit.registration.setContacts({
      ...access,
      phone: '+998935557788',
      email: 'shared@example.uz',
    });
    kit.useKeys(rotatedKeys());
    const owner = await registerActive(kit);
    const session = await login(kit, owner.phone);
    expect(
      (
        await kit.contacts.requestChange(session.auth, {
          channel: 'email',
          value: 'shared@example.uz',
        })
      ).success,
    ).toBe(true);
    expect(
      (
        await kit.contacts.confirmChange(session.auth, {
          channel: 'email',
          code: kit.outbox.lastCode('shared@example.uz')!,
        })
      ).success,
    ).toBe(true);
    kit.clock.advance(61_000);
    expect((await kit.registration.requestCode({ ...access, channel: 'email' })).success).toBe(
      true,
    );
    expect(kit.outbox.lastTo('shared@example.uz')?.purpose).toBe('notice');
  });

  it('S-12: after a rotation, a draft cannot create a second account for a contact its owner holds under the retired key', async () => {
    const kit = createKit();
    const person = people.foreign_citizen;
    const first = await registerActive(kit);
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error('no draft');
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kit.registration.savePersonalData({ ...access, personal: person.personal });
    for (const document of person.documents)
      await kit.registration.addDocument({ ...access, document });
    await kit.registration.setContacts({ ...access, phone: '+998935557788', email: first.email });
    await kit.registration.setPassword({ ...access, password: 'Samarqand-2026!' });
    await kit.registration.acceptTerms({ ...access, termsVersion: kit.ctx.policy.termsVersion });
    kit.useKeys(rotatedKeys());
    // The new account would be indexed under the new key, which the store's unique keys do not connect with the owner's retired index.
    expect(await kit.registration.create(access)).toMatchObject({
      success: false,
      issues: [{ code: 'contact.unavailable' }],
    });
    expect((await kit.registration.create(access)).success).toBe(false);
  });

  it('S-12: rekeyAccounts re-seals every encrypted field and re-indexes every contact; then the retired keys can go', async () => {
    const kit = createKit();
    const rich = await richAccount(kit);
    const plain = await registerActive(kit);
    kit.useKeys(rotatedKeys());
    const before = await stored(kit, rich.accountId);
    expect(strings(before).filter((s) => s.startsWith('enc.v1.')).length).toBeGreaterThan(7);

    const run = await kit.maintenance.rekeyAccounts(operator, { batchSize: 1 });
    expect(run).toMatchObject({
      success: true,
      data: { piiKid: 'new-pii', scanned: 2, rekeyed: 2, failed: [] },
    });
    expect(run.success ? run.data.nextCursor : 'failed').toBeUndefined();
    for (const id of [rich.accountId, plain.accountId]) {
      const after = await stored(kit, id);
      const sealed = strings(after).filter((s) => s.startsWith('enc.v1.'));
      expect(sealed.length).toBeGreaterThan(0);
      for (const text of sealed) expect(text.startsWith('enc.v1.new-pii.')).toBe(true);
      for (const contact of [after.phone, after.email, ...after.pendingContactChanges])
        expect(contact.blindIndex.startsWith('new-bi:')).toBe(true);
      expect(after.updatedAt).toBe((await stored(kit, id)).updatedAt);
    }
    expect(
      strings(await stored(kit, rich.accountId)).filter((s) => s.startsWith('enc.v1.')).length,
    ).toBe(strings(before).filter((s) => s.startsWith('enc.v1.')).length);

    // A second run finds nothing to do; every run is journaled with counts only.
    expect(await kit.maintenance.rekeyAccounts(operator)).toMatchObject({
      success: true,
      data: { scanned: 2, rekeyed: 0, failed: [] },
    });
    const runs = await kit.journal.query({ action: 'accounts.rekeyed' }, { limit: 10 });
    expect(runs.items.map((e) => e.actor)).toEqual([
      { type: 'support', id: 'ops_7' },
      { type: 'support', id: 'ops_7' },
    ]);

    // With the retired keys removed, everything still reads: login by phone, the pending change, a password change (which decrypts the personal data, contacts and documents).
    kit.useKeys(rotatedKeys(true));
    const session = await login(kit, rich.phone);
    const code = kit.outbox.lastCode('next@example.uz');
    expect(code).toBeDefined();
    const changed = await kit.auth.changePassword(session.auth, {
      currentPassword: 'Samarqand-2026!',
      newPassword: 'Another-Pass-42!',
    });
    expect(changed.success).toBe(true);
    expect((await kit.contacts.get(session.auth)).success).toBe(true);
    await login(kit, plain.phone);
  });

  it('S-12: rekeyDrafts re-keys registration drafts, so a draft begun before the rotation can be finished after the old keys are gone', async () => {
    const kit = createKit();
    const person = people.foreign_citizen;
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error('no draft');
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kit.registration.savePersonalData({ ...access, personal: person.personal });
    for (const document of person.documents)
      await kit.registration.addDocument({ ...access, document });
    await kit.registration.setContacts({
      ...access,
      phone: '+998935557788',
      email: 'late@example.uz',
    });
    kit.useKeys(rotatedKeys());
    const run = await kit.maintenance.rekeyDrafts(operator, {});
    expect(run).toMatchObject({ success: true, data: { scanned: 1, rekeyed: 1, failed: [] } });
    const { version: _v, ...draft } = (await kit.drafts.get(access.draftId))!;
    const sealed = strings(draft).filter((text) => text.startsWith('enc.v1.'));
    expect(sealed.length).toBeGreaterThanOrEqual(4);
    for (const text of sealed) expect(text.startsWith('enc.v1.new-pii.')).toBe(true);
    expect(
      [draft.phone?.blindIndex, draft.email?.blindIndex].every((index) =>
        index?.startsWith('new-bi:'),
      ),
    ).toBe(true);
    expect(await kit.maintenance.rekeyDrafts(operator)).toMatchObject({
      success: true,
      data: { rekeyed: 0 },
    });

    kit.useKeys(rotatedKeys(true));
    for (const [channel, to] of [
      ['phone', '+998935557788'],
      ['email', 'late@example.uz'],
    ] as const) {
      kit.clock.advance(61_000);
      expect((await kit.registration.requestCode({ ...access, channel })).success).toBe(true);
      expect(
        (await kit.registration.confirmCode({ ...access, channel, code: kit.outbox.lastCode(to)! }))
          .success,
      ).toBe(true);
    }
    await kit.registration.setPassword({ ...access, password: 'Samarqand-2026!' });
    await kit.registration.acceptTerms({ ...access, termsVersion: kit.ctx.policy.termsVersion });
    expect(await kit.registration.create(access)).toMatchObject({
      success: true,
      data: { lifecycle: 'active' },
    });
    await login(kit, '+998935557788');
  });

  it('S-12: a run stopped by limit resumes from nextCursor, and the runs together visit every account once', async () => {
    const kit = createKit();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await registerActive(kit)).accountId);
    kit.useKeys(rotatedKeys());
    let cursor: string | undefined;
    let rekeyed = 0;
    let runs = 0;
    do {
      const run = await kit.maintenance.rekeyAccounts(
        operator,
        cursor === undefined ? { limit: 2 } : { limit: 2, cursor },
      );
      if (!run.success) throw new Error(run.issues[0]!.code);
      rekeyed += run.data.rekeyed;
      cursor = run.data.nextCursor;
      runs++;
    } while (cursor !== undefined);
    expect({ rekeyed, runs }).toEqual({ rekeyed: 3, runs: 2 });
  });

  it('S-15: an account changed during the run is re-read and re-keyed, and the change is kept', async () => {
    const kit = createKit();
    const { accountId } = await registerActive(kit);
    kit.useKeys(rotatedKeys());
    const update = kit.accounts.update.bind(kit.accounts);
    let raced = false;
    kit.accounts.update = async (record, version, options) => {
      if (!raced) {
        raced = true;
        const current = (await kit.accounts.get(accountId))!;
        const { version: v, ...rest } = current;
        await update({ ...rest, termsVersion: 'concurrent' }, v, { uniqueKeys: accountKeys(rest) });
      }
      return update(record, version, options);
    };
    expect(await kit.maintenance.rekeyAccounts(operator)).toMatchObject({
      success: true,
      data: { rekeyed: 1, failed: [] },
    });
    const after = await stored(kit, accountId);
    expect(after.termsVersion).toBe('concurrent');
    expect(after.personal.startsWith('enc.v1.new-pii.')).toBe(true);
  });

  it('S-15: an account that changes under every attempt is reported busy and left to the next run', async () => {
    const kit = createKit();
    const { accountId } = await registerActive(kit);
    kit.useKeys(rotatedKeys());
    const update = kit.accounts.update.bind(kit.accounts);
    let writes = 0;
    kit.accounts.update = async (record, version, options) => {
      const { version: v, ...rest } = (await kit.accounts.get(accountId))!;
      await update({ ...rest, termsVersion: `concurrent-${writes++}` }, v, {
        uniqueKeys: accountKeys(rest),
      });
      return update(record, version, options);
    };
    expect(await kit.maintenance.rekeyAccounts(operator)).toMatchObject({
      success: true,
      data: { rekeyed: 0, failed: [{ id: accountId, reason: 'busy' }] },
    });
    // The first try and the policy's retries (S-15: one bound for every account retry loop).
    expect(writes).toBe(1 + kit.ctx.policy.conflictRetries);
    expect(writes).toBe(9);
    kit.accounts.update = update;
    expect(await kit.maintenance.rekeyAccounts(operator)).toMatchObject({
      success: true,
      data: { rekeyed: 1, failed: [] },
    });
  });

  it('S-12: an account that cannot be decrypted, or whose contact another account now owns, is reported and left as it was', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    kit.useKeys(rotatedKeys());
    // A second record owning the same phone under the new index (what a lookup that ignored retired keys would have allowed).
    const original = await stored(kit, accountId);
    const clone: AccountRecord = {
      ...original,
      id: 'acc_zzzz_clone',
      phone: { ...original.phone, blindIndex: kit.ctx.blindIndex('phone', phone) },
      email: { ...original.email, blindIndex: 'new-bi:clone' },
      documents: [],
    };
    await kit.accounts.create(clone, { uniqueKeys: accountKeys(clone) });
    const run = await kit.maintenance.rekeyAccounts(operator);
    expect(run).toMatchObject({
      success: true,
      data: {
        rekeyed: 0,
        failed: [
          { id: accountId, reason: 'contact_taken' },
          { id: 'acc_zzzz_clone', reason: 'unreadable' },
        ],
      },
    });
    expect(await stored(kit, accountId)).toEqual(original);
  });

  it('DOC-11: a malformed run request is an issue with its field, not a throw', async () => {
    const kit = createKit();
    expect(await kit.maintenance.rekeyAccounts(operator, { batchSize: 0 })).toMatchObject({
      success: false,
      issues: [{ path: ['batchSize'] }],
    });
    expect(await kit.maintenance.rekeyAccounts(operator, { limit: 1.5 })).toMatchObject({
      success: false,
      issues: [{ path: ['limit'] }],
    });
    expect((await kit.maintenance.rekeyAccounts(operator, { sweep: true } as never)).success).toBe(
      false,
    );
    expect((await kit.maintenance.rekeyAccounts(operator, 'all' as never)).success).toBe(false);
  });
});
