// Race tests through the memory stores: concurrent calls interleave at every await, so
// versioned writes meet each other and must neither both win nor lose an update (S-9, S-15).
import { describe, expect, it } from 'vitest';
import { ConflictError, KabinetError, ok } from '@kabinet/core';
import { accountParty } from '../src/_lib/journal-draft.js';
import { runAccountStep } from '../src/steps/run-account-step.js';
import { PASSWORD, createKit, login, registerActive, standardAccount } from './test-kit.js';

describe('races', () => {
  it('S-15: two devices confirming at once — one confirmation wins, the level rises once, one journal entry', async () => {
    const kit = createKit();
    const s = await standardAccount(kit);
    const second = await login(kit, s.phone, { ip: '198.51.100.2' });
    const evidence = {
      method: 'bank' as const,
      evidence: { bankId: 'sber', attestationId: 'att-0042' },
    };
    const [a, b] = await Promise.all([
      kit.identity.startConfirmation(s.auth, evidence),
      kit.identity.startConfirmation(second.auth, evidence),
    ]);
    expect([a.success, b.success].filter(Boolean)).toHaveLength(1);
    const loser = a.success ? b : a;
    expect(loser).toMatchObject({
      success: false,
      issues: [{ code: expect.stringMatching(/identity\.(check_open|already_confirmed)/) }],
    });
    const account = await kit.accounts.get(s.accountId);
    expect(account?.level).toBe('confirmed');
    expect(account?.identityChecks.filter((c) => c.kind === 'bank')).toHaveLength(1);
    const events = await kit.journal.history({ type: 'account', id: s.accountId });
    expect(events.filter((e) => e.entry.action === 'identity.confirmation_started')).toHaveLength(
      1,
    );
  });

  it('S-15: the same documents check submitted twice at once creates one check', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    const results = await Promise.all([
      kit.identity.checkDocuments(auth),
      kit.identity.checkDocuments(auth),
      kit.identity.checkDocuments(auth),
    ]);
    expect(results.filter((r) => r.success)).toHaveLength(1);
    expect((await kit.accounts.get(accountId))?.identityChecks).toHaveLength(1);
  });

  it('S-10, S-15: two devices finishing the same login get one session; a login finishing while other use cases write the account loses nothing', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const first = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!first.success || first.data.status !== 'second_factor_required') throw new Error();
    const code = kit.outbox.lastCode(phone)!;
    const both = await Promise.all([
      kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code }),
      kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code }),
    ]);
    expect(both.filter((r) => r.success)).toHaveLength(1);
    expect((await kit.accounts.get(accountId))?.sessionIds).toHaveLength(1);
    // A login finishing while other use cases write the same account: no update is lost.
    kit.clock.advance(5 * 60_000);
    const other = await login(kit, phone, { ip: '192.0.2.10' });
    const again = await kit.auth.login({ login: phone, password: PASSWORD }, { ip: '192.0.2.11' });
    if (!again.success || again.data.status !== 'second_factor_required')
      throw new Error(JSON.stringify(again));
    const [done, checked, messenger] = await Promise.all([
      kit.auth.completeLogin({
        loginToken: again.data.loginToken,
        method: 'sms',
        code: kit.outbox.lastCode(phone)!,
      }),
      kit.identity.checkDocuments(other.auth),
      kit.contacts.setMessenger(other.auth, { kind: 'telegram', value: '@race_test' }),
    ]);
    expect([done.success, checked.success, messenger.success]).toEqual([true, true, true]);
    const account = await kit.accounts.get(accountId);
    expect(account?.sessionIds).toHaveLength(3);
    expect(account?.identityChecks).toHaveLength(1);
    expect(account?.extra.messengers).toHaveLength(1);
  });

  it('S-15: concurrent changes of phone and e-mail both land; two changes of the same contact leave one pending', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    await Promise.all([
      kit.contacts.requestChange(auth, { channel: 'phone', value: '+998935550001' }),
      kit.contacts.requestChange(auth, { channel: 'email', value: 'race@example.uz' }),
    ]);
    const [p, e] = await Promise.all([
      kit.contacts.confirmChange(auth, {
        channel: 'phone',
        code: kit.outbox.lastCode('+998935550001')!,
      }),
      kit.contacts.confirmChange(auth, {
        channel: 'email',
        code: kit.outbox.lastCode('race@example.uz')!,
      }),
    ]);
    expect([p.success, e.success]).toEqual([true, true]);
    const account = await kit.accounts.get(accountId);
    expect([account?.phone.masked, account?.email.masked]).toEqual([
      '+9989******01',
      'r***@example.uz',
    ]);
    kit.clock.advance(61_000);
    await Promise.all([
      kit.contacts.requestChange(auth, { channel: 'phone', value: '+998935550002' }),
      kit.contacts.requestChange(auth, { channel: 'phone', value: '+998935550003' }),
    ]);
    expect(
      (await kit.accounts.get(accountId))?.pendingContactChanges.filter(
        (c) => c.channel === 'phone',
      ),
    ).toHaveLength(1);
  });

  it("S-15: a step that keeps losing to other writes is run 1 + the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const conflictRetries of [0, 2, 8]) {
      const kit = createKit({ conflictRetries });
      const { accountId } = await registerActive(kit);
      const update = kit.accounts.update.bind(kit.accounts);
      let tries = 0;
      // Every write of the step meets a newer version: another writer got in first.
      kit.accounts.update = async (record, version, _options) => {
        tries++;
        const current = await kit.accounts.get(record.id);
        const { version: latest, ...plain } = current!;
        await update(plain, latest);
        throw new ConflictError('account', record.id, version);
      };
      const step = runAccountStep(
        kit.ctx,
        accountId,
        accountParty(accountId),
        async (account, now) => ({
          result: ok(undefined),
          account: { ...account, updatedAt: now },
        }),
      );
      const thrown = await step.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(KabinetError.isInstance(thrown) && thrown.code).toBe('ERR_CONFLICT');
      expect(tries).toBe(conflictRetries + 1);
    }
  });
});
