import { describe, expect, it } from 'vitest';
import { makeServicesKit } from './kit.js';

describe('services test kit', () => {
  it('a unit writes records and journal entries; the recording board keeps notices and replaces a pending one by key', async () => {
    const kit = makeServicesKit();
    await kit.deps.units.run(async (unit) => {
      await unit
        .versioned<{ id: string; ownerId: string }>('things')
        .create({ id: 'thing_1', ownerId: 'acc_1' });
      await unit.append({
        actor: { type: 'account', id: 'acc_1' },
        action: 'thing.made',
        subject: { type: 'account', id: 'acc_1' },
        payload: { id: 'thing_1' },
      });
      await kit.deps.notices.post(unit, {
        accountId: 'acc_1',
        kind: 'support',
        code: 'a',
        key: 'k',
      });
      await kit.deps.notices.post(unit, {
        accountId: 'acc_1',
        kind: 'support',
        code: 'b',
        key: 'k',
      });
    });
    expect(
      (await kit.deps.versioned('things').listByOwner('acc_1', { limit: 5 })).items.map(
        (t) => t.id,
      ),
    ).toEqual(['thing_1']);
    expect(kit.journal.map((e) => e.action)).toEqual(['thing.made']);
    expect(kit.posted.map((n) => n.code)).toEqual(['b']);
  });
});
