import { describe, expect, it } from 'vitest';
import { codes, makeKit, must, uinFor } from '../../test/kit.js';

describe('listing (PAY-5)', () => {
  it('PAY-5: payments are listed newest first and filtered by period [from, to) and service type, over keyset pages', async () => {
    const kit = makeKit();
    const made: { id: string; type: string; at: number }[] = [];
    const types = ['work_patent', 'migration', 'residence_permit'];
    for (let i = 0; i < 12; i++) {
      const type = types[i % 3]!;
      const p = must(
        await kit.createFor({
          accountId: 'acc_1',
          accountLevel: 'standard',
          accrual: { uin: uinFor(100 + i), amountKopecks: 1000 + i, serviceType: type },
        }),
      );
      made.push({ id: p.id, type, at: p.createdAt });
      kit.clock.advance(5 * 24 * 60 * 60 * 1000); // every five days
    }
    must(
      await kit.createFor({
        accountId: 'acc_2',
        accountLevel: 'standard',
        accrual: { uin: uinFor(200), amountKopecks: 1, serviceType: 'work_patent' },
      }),
    );
    const from = made[2]!.at;
    const to = made[9]!.at;
    const expected = made
      .filter((m) => m.at >= from && m.at < to && m.type !== 'migration')
      .reverse()
      .map((m) => m.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = must(
        await kit.payments.listPayments({
          accountId: 'acc_1',
          from,
          to,
          serviceTypes: ['work_patent', 'residence_permit'],
          limit: 2,
          ...(cursor === undefined ? {} : { cursor }),
        }),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(expected);
    const all = must(await kit.payments.listPayments({ accountId: 'acc_1' }));
    expect(all.items).toHaveLength(12);
    expect(all.nextCursor).toBeUndefined();
    expect(
      must(await kit.payments.listPayments({ accountId: 'acc_1', statuses: ['paid'] })).items,
    ).toEqual([]);
  });

  it('PAY-5: bad filters are issues, not errors', async () => {
    const { payments } = makeKit();
    const issues = async (input: Parameters<typeof payments.listPayments>[0]) =>
      codes(await payments.listPayments(input));
    expect(await issues({ accountId: 'acc_1', from: 10, to: 10 })).toEqual([
      'payment.list.period_invalid',
    ]);
    expect(await issues({ accountId: 'acc_1', from: -1 })).toEqual(['payment.list.period_invalid']);
    expect(await issues({ accountId: 'acc_1', limit: 0 })).toEqual(['payment.list.limit_invalid']);
    expect(await issues({ accountId: 'acc_1', limit: 101 })).toEqual([
      'payment.list.limit_invalid',
    ]);
    expect(await issues({ accountId: 'acc_1', cursor: 'abc' })).toEqual([
      'payment.list.cursor_invalid',
    ]);
    expect(await issues({ accountId: 'acc_1', serviceTypes: ['Bad Type'] })).toEqual([
      'payment.service_type_invalid',
    ]);
    expect(await issues({ accountId: 'acc_1', statuses: ['lost' as never] })).toEqual([
      'payment.list.status_invalid',
    ]);
    expect(await issues({ accountId: 'a b' })).toEqual(['input.wrong_format']);
  });
});
