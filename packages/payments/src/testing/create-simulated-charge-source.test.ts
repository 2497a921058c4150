import { fc, test } from '@fast-check/vitest';
import { ConflictError, KabinetError, createSeededRandom } from '@kabinet/core';
import { createMemoryVersionedStore } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { parseUin } from '../uin/parse-uin.js';
import {
  createSimulatedChargeSource,
  type SimulatedChargeBook,
} from './create-simulated-charge-source.js';
import { defaultDutyCatalogue } from './default-duty-catalogue.js';
import { createFakeClock } from '@kabinet/core/testing';

describe('createSimulatedChargeSource', () => {
  test.prop([fc.integer(), fc.constantFrom(...defaultDutyCatalogue)], { numRuns: 50 })(
    'HARDEN-3: a catalogue duty is charged at the catalogue’s amount under a fresh УИН with a valid check digit',
    async (seed, duty) => {
      const charges = createSimulatedChargeSource({
        clock: createFakeClock(),
        random: createSeededRandom(seed),
      });
      const charge = await charges.issue({ accountId: 'acc_1', dutyCode: duty.code });
      expect(charge).toMatchObject({
        accountId: 'acc_1',
        amountKopecks: duty.amountKopecks,
        serviceType: duty.serviceType,
        status: 'unpaid',
      });
      expect(parseUin(charge!.uin)).toEqual({ success: true, data: charge!.uin });
      expect(await charges.find(charge!.uin)).toEqual(charge);
    },
  );

  it('HARDEN-3: asking for a duty twice owes it once: the unpaid charge comes back; once paid, a new one is issued', async () => {
    const charges = createSimulatedChargeSource({
      clock: createFakeClock(),
      random: createSeededRandom(3),
    });
    const first = await charges.issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
    expect(await charges.issue({ accountId: 'acc_1', dutyCode: 'work_patent' })).toEqual(first);
    expect((await charges.issue({ accountId: 'acc_2', dutyCode: 'work_patent' }))?.uin).not.toBe(
      first!.uin,
    );
    await charges.markPaid({ uin: first!.uin, paymentId: 'pay_1' });
    const next = await charges.issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
    expect(next?.uin).not.toBe(first!.uin);
    expect((await charges.listFor('acc_1')).map((c) => [c.uin, c.status])).toEqual([
      [next!.uin, 'unpaid'],
      [first!.uin, 'paid'],
    ]);
  });

  it('keeps charges in a given versioned store, so a new source over the same store finds them (a restart)', async () => {
    const clock = createFakeClock();
    const store = createMemoryVersionedStore<SimulatedChargeBook>({ clock, entity: 'charge' });
    const first = createSimulatedChargeSource({ clock, store });
    const charge = await first.issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
    await first.markPaid({ uin: charge!.uin, paymentId: 'pay_1' });
    const again = createSimulatedChargeSource({ clock, store });
    expect(await again.find(charge!.uin)).toMatchObject({ status: 'paid', paymentId: 'pay_1' });
    expect((await again.listFor('acc_1')).map((c) => c.uin)).toEqual([charge!.uin]);
  });

  it('posts a charge as its administrator; a taken УИН conflicts; annul and markPaid are idempotent; an unknown duty is undefined', async () => {
    const charges = createSimulatedChargeSource({
      clock: createFakeClock(),
      random: createSeededRandom(1),
    });
    const posted = await charges.post({
      accountId: 'acc_1',
      amountKopecks: 123_45,
      serviceType: 'fine',
      uin: '32117072411021588933',
    });
    await expect(
      charges.post({ accountId: 'acc_2', amountKopecks: 1, serviceType: 'fine', uin: posted.uin }),
    ).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    expect(await charges.listFor('acc_2')).toEqual([]);
    expect((await charges.annul(posted.uin))?.status).toBe('annulled');
    expect((await charges.annul(posted.uin))?.status).toBe('annulled');
    expect(await charges.annul('00000000000000000000')).toBeUndefined();
    await charges.markPaid({ uin: 'nope', paymentId: 'pay_x' });
    expect(await charges.issue({ accountId: 'acc_1', dutyCode: 'no_such' })).toBeUndefined();
  });

  it('refuses a catalogue with a repeated code or an amount that is not positive kopecks (ERR_CONFIG)', () => {
    const clock = createFakeClock();
    const entry = { code: 'x', serviceType: 'x', name: 'X', amountKopecks: 100 };
    for (const catalogue of [
      [entry, entry],
      [{ ...entry, amountKopecks: 0 }],
      [{ ...entry, amountKopecks: 1.5 }],
    ]) {
      expect(() => createSimulatedChargeSource({ clock, catalogue })).toThrow(KabinetError);
    }
  });
});

describe('createSimulatedChargeSource: conflicts', () => {
  /** A book store whose `method` throws a version conflict the first `times` calls. */
  const conflicting = (method: 'create' | 'update', times: number) => {
    const clock = createFakeClock();
    const store = createMemoryVersionedStore<SimulatedChargeBook>({ clock, entity: 'charge' });
    const real = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
    let left = times;
    return {
      clock,
      store,
      arm: () => {
        Object.assign(store, {
          [method]: async (...args: unknown[]) =>
            left-- > 0 ? Promise.reject(new ConflictError('charge', 'x', 0)) : real(...args),
        });
      },
    };
  };
  const outcome = (p: Promise<unknown>): Promise<unknown> =>
    p.then(
      () => 'resolved',
      (e: unknown) => (KabinetError.isInstance(e) ? e.code : e),
    );

  it('S-15: issuing and marking paid retry a version conflict conflictRetries times (default 4), then the conflict goes to the caller', async () => {
    for (const [n, given] of [
      [4, undefined],
      [0, 0],
      [2, 2],
    ] as const) {
      const options = given === undefined ? {} : { conflictRetries: given };
      const enough = conflicting('create', n);
      enough.arm();
      const issued = await createSimulatedChargeSource({
        clock: enough.clock,
        store: enough.store,
        ...options,
      }).issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
      expect(issued?.status).toBe('unpaid');
      const short = conflicting('create', n + 1);
      short.arm();
      expect(
        await outcome(
          createSimulatedChargeSource({ clock: short.clock, store: short.store, ...options }).issue(
            { accountId: 'acc_1', dutyCode: 'work_patent' },
          ),
        ),
      ).toBe('ERR_CONFLICT');

      const paying = conflicting('update', n);
      const source = createSimulatedChargeSource({
        clock: paying.clock,
        store: paying.store,
        ...options,
      });
      const charge = await source.issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
      paying.arm();
      await source.markPaid({ uin: charge!.uin, paymentId: 'pay_1' });
      expect((await source.find(charge!.uin))?.status).toBe('paid');
      const failing = conflicting('update', n + 1);
      const other = createSimulatedChargeSource({
        clock: failing.clock,
        store: failing.store,
        ...options,
      });
      const unpaid = await other.issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
      failing.arm();
      expect(await outcome(other.markPaid({ uin: unpaid!.uin, paymentId: 'pay_1' }))).toBe(
        'ERR_CONFLICT',
      );
    }
  });

  it('refuses a conflictRetries that is not a non-negative integer (ERR_CONFIG)', () => {
    for (const conflictRetries of [-1, 1.5]) {
      expect(() =>
        createSimulatedChargeSource({ clock: createFakeClock(), conflictRetries }),
      ).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
    }
  });
});
