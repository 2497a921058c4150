import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { createMemoryPaymentStore } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { codes, makeKit, must, uinFor, type Kit } from '../../test/kit.js';
import { defaultDutyCatalogue } from '../testing/default-duty-catalogue.js';
import { createSimulatedMethodCheck } from '../testing/create-simulated-method-check.js';
import { createSimulatedProvider } from '../testing/create-simulated-provider.js';
import { createPaymentsService, type PaymentsServiceOptions } from './create-payments-service.js';
import { defaultPaymentsPolicy } from './payments-policy.js';
import { createFakeClock } from '@kabinet/core/testing';

const A = { accountId: 'acc_a', accountLevel: 'standard' } as const;
const B = { accountId: 'acc_b', accountLevel: 'standard' } as const;

/** Pays a payment with a fresh card (first use: the SMS check). */
async function payByCard(kit: Kit, accountId: string, paymentId: string, key: string) {
  const card = kit.provider.tokenize({ kind: 'card', number: '4111 1111 1111 1111' });
  const method = must(
    await kit.payments.bindMethod({
      accountId,
      kind: 'card',
      token: card.token,
      fingerprint: card.fingerprint,
      label: card.label,
      network: card.network!,
    }),
  );
  const first = must(
    await kit.payments.payWithMethod({
      accountId,
      accountLevel: 'standard',
      paymentId,
      methodId: method.id,
      idempotencyKey: key,
    }),
  );
  return must(
    await kit.payments.confirmCheck({
      accountId,
      attemptId: first.attempt.id,
      answer: kit.methodCheck.answerFor(first.attempt.action!.challengeId!)!,
    }),
  );
}

describe('createPaymentsService: a duty is paid from its charge only (finding 3)', () => {
  it('HARDEN-3: the amount is the charge’s: a client cannot choose it (a 1-kopeck request pays the catalogue amount)', async () => {
    const kit = makeKit();
    const charge = must(
      await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'temporary_residence' }),
    );
    expect(charge).toMatchObject({
      accountId: A.accountId,
      amountKopecks: 600_000,
      serviceType: 'temporary_residence',
      status: 'unpaid',
      dutyCode: 'temporary_residence',
    });
    // A hostile caller still sends an amount of its own: it is not read.
    const sneaky = {
      ...A,
      uin: charge.uin,
      amountKopecks: 1,
      accrual: { uin: charge.uin, amountKopecks: 1, serviceType: 'cheap' },
    } as unknown as Parameters<Kit['payments']['createPayment']>[0];
    const payment = must(await kit.payments.createPayment(sneaky));
    expect(payment.amountKopecks).toBe(600_000);
    expect(payment.serviceType).toBe('temporary_residence');
    expect(payment.serviceName).toBe(charge.serviceName);
    expect(kit.events.map((e) => e.action)).toEqual(['payment.charge_issued', 'payment.created']);
  });

  it('HARDEN-3: another account cannot create or block the payment of a charge (payment.charge_not_found, as for an unknown УИН); the payer still pays', async () => {
    const kit = makeKit();
    const charge = must(
      await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'work_patent' }),
    );
    const squat = await kit.payments.createPayment({ ...B, uin: charge.uin });
    const unknown = await kit.payments.createPayment({ ...B, uin: uinFor(424_242) });
    expect(codes(squat)).toEqual(['payment.charge_not_found']);
    // Exactly the answer for a УИН nobody was charged: nothing says the charge exists.
    expect(squat).toEqual(unknown);
    expect(await kit.store.payments.findActiveByUin(charge.uin)).toBeUndefined();

    const payment = must(await kit.payments.createPayment({ ...A, uin: charge.uin }));
    expect(payment.accountId).toBe(A.accountId);
    expect(codes(await kit.payments.createPayment({ ...B, uin: charge.uin }))).toEqual([
      'payment.charge_not_found',
    ]);
    const paid = await payByCard(kit, A.accountId, payment.id, 'harden3-card-0001');
    expect(paid.payment.status).toBe('paid');
    expect(paid.payment.capturedKopecks).toBe(350_000);
    // Once paid: the charge knows, the payer is told it is paid, the other account still learns nothing.
    expect(await kit.charges.find(charge.uin)).toMatchObject({
      status: 'paid',
      paymentId: payment.id,
    });
    expect(codes(await kit.payments.createPayment({ ...A, uin: charge.uin }))).toEqual([
      'payment.uin_paid',
    ]);
    expect(codes(await kit.payments.createPayment({ ...B, uin: charge.uin }))).toEqual([
      'payment.charge_not_found',
    ]);
  });

  it('HARDEN-3: a УИН paid elsewhere (the source says paid) is refused with payment.uin_paid', async () => {
    const kit = makeKit();
    const charge = must(
      await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'work_permit' }),
    );
    await kit.charges.markPaid({ uin: charge.uin, paymentId: 'paid-at-a-bank' });
    const r = await kit.payments.createPayment({ ...A, uin: charge.uin });
    expect(r.success ? [] : r.issues).toEqual([{ code: 'payment.uin_paid', path: ['uin'] }]);
  });

  it('HARDEN-3: a УИН paid here is refused with payment.uin_paid even when the source cannot be told', async () => {
    const kit = makeKit({
      wrapCharges: (c) => ({ find: (uin) => c.find(uin), listFor: (id) => c.listFor(id) }),
    });
    const charge = await kit.charges.issue({ accountId: A.accountId, dutyCode: 'work_patent' });
    const payment = must(await kit.payments.createPayment({ ...A, uin: charge!.uin }));
    expect(
      (await payByCard(kit, A.accountId, payment.id, 'harden3-card-0002')).payment.status,
    ).toBe('paid');
    expect((await kit.charges.find(charge!.uin))?.status).toBe('unpaid');
    expect(codes(await kit.payments.createPayment({ ...A, uin: charge!.uin }))).toEqual([
      'payment.uin_paid',
    ]);
    // Nor can it issue from a catalogue it was not given.
    expect(kit.payments.listDuties()).toEqual([]);
    expect(
      codes(await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'work_patent' })),
    ).toEqual(['payment.duty_unknown']);
  });

  it('HARDEN-3: an annulled charge is refused with payment.charge_annulled; an unknown УИН with payment.charge_not_found; a malformed one with its УИН issue', async () => {
    const kit = makeKit();
    const charge = must(
      await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'residence_permit' }),
    );
    await kit.charges.annul(charge.uin);
    expect(codes(await kit.payments.createPayment({ ...A, uin: charge.uin }))).toEqual([
      'payment.charge_annulled',
    ]);
    expect(codes(await kit.payments.createPayment({ ...A, uin: uinFor(77) }))).toEqual([
      'payment.charge_not_found',
    ]);
    const short = await kit.payments.createPayment({ ...A, uin: '1234' });
    expect(short.success ? [] : short.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['uin.length', 'uin'],
    ]);
    expect(
      codes(await kit.payments.createPayment({ ...A, uin: 42 as unknown as string })),
    ).not.toEqual([]);
    expect(
      codes(await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'no_such_duty' })),
    ).toEqual(['payment.duty_unknown']);
  });

  it('HARDEN-3: a charge corrected after its payment was created (another amount) is payment.accrual_mismatch, never the old amount', async () => {
    let corrected = false;
    const kit = makeKit({
      wrapCharges: (c) => ({
        find: async (uin) => {
          const charge = await c.find(uin);
          return charge === undefined || !corrected
            ? charge
            : { ...charge, amountKopecks: charge.amountKopecks + 10_000 };
        },
        listFor: (id) => c.listFor(id),
      }),
    });
    const charge = await kit.charges.issue({ accountId: A.accountId, dutyCode: 'work_patent' });
    must(await kit.payments.createPayment({ ...A, uin: charge!.uin }));
    corrected = true;
    expect(codes(await kit.payments.createPayment({ ...A, uin: charge!.uin }))).toEqual([
      'payment.accrual_mismatch',
    ]);
  });

  it('HARDEN-3: listCharges shows the account’s own charges, newest first; listDuties the catalogue', async () => {
    const kit = makeKit();
    const one = must(
      await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'work_patent' }),
    );
    kit.clock.advance(1000);
    const two = must(
      await kit.payments.issueCharge({ accountId: A.accountId, dutyCode: 'temporary_residence' }),
    );
    must(await kit.payments.issueCharge({ accountId: B.accountId, dutyCode: 'work_patent' }));
    expect(
      must(await kit.payments.listCharges({ accountId: A.accountId })).map((c) => c.uin),
    ).toEqual([two.uin, one.uin]);
    expect(must(await kit.payments.listCharges({ accountId: 'acc_nobody' }))).toEqual([]);
    expect(kit.payments.listDuties().map((d) => d.code)).toEqual(
      defaultDutyCatalogue.map((d) => d.code),
    );
  });

  it('HARDEN-3: the service refuses to start without a charge source (ERR_CONFIG)', () => {
    const clock = createFakeClock();
    const options = {
      store: createMemoryPaymentStore({ clock }),
      provider: createSimulatedProvider({ clock }),
      journal: { append: async () => undefined },
      clock,
      policy: defaultPaymentsPolicy,
      methodCheck: createSimulatedMethodCheck({ clock }),
    } as unknown as PaymentsServiceOptions;
    const thrown = (() => {
      try {
        createPaymentsService(options);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(KabinetError.isInstance(thrown) && thrown.code).toBe('ERR_CONFIG');
  });

  test.prop(
    [
      fc.constantFrom(...defaultDutyCatalogue),
      fc.stringMatching(/^[a-z0-9_]{1,12}$/),
      fc.stringMatching(/^[a-z0-9_]{1,12}$/),
      fc.nat({ max: 10_000_000 }),
    ],
    { numRuns: 40 },
  )(
    'HARDEN-3: for any catalogue duty and any accounts, the payment’s amount is the catalogue’s and only the charge’s payer can create it',
    async (duty, payer, other, claimed) => {
      fc.pre(payer !== other);
      const kit = makeKit();
      const charge = must(
        await kit.payments.issueCharge({ accountId: `acc_${payer}`, dutyCode: duty.code }),
      );
      const asOther = await kit.payments.createPayment({
        accountId: `acc_${other}`,
        accountLevel: 'confirmed',
        uin: charge.uin,
        amountKopecks: claimed,
      } as never);
      expect(codes(asOther)).toEqual(['payment.charge_not_found']);
      const payment = must(
        await kit.payments.createPayment({
          accountId: `acc_${payer}`,
          accountLevel: 'confirmed',
          uin: charge.uin,
          amountKopecks: claimed,
        } as never),
      );
      expect(payment.amountKopecks).toBe(duty.amountKopecks);
      expect(payment.serviceType).toBe(duty.serviceType);
      expect(
        codes(
          await kit.payments.createPayment({
            accountId: `acc_${other}`,
            accountLevel: 'confirmed',
            uin: charge.uin,
          }),
        ),
      ).toEqual(['payment.charge_not_found']);
    },
  );
});
