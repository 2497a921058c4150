import { describe, expect, it } from 'vitest';
import type { RegistryCheckRequest } from '@kabinet/ports';
import { createMemoryIdentityRegistry } from './create-memory-identity-registry.js';

const request = (accountId: string): RegistryCheckRequest => ({
  checkId: 'chk_1',
  accountId,
  userType: 'residence_permit_holder',
  kind: 'documents',
  person: { surname: 'Karimov', givenNames: 'Aziz', birthDate: '1990-05-17', citizenship: 'UZB' },
  documents: [{ kind: 'residence_permit', number: '825512345' }],
});

describe('createMemoryIdentityRegistry', () => {
  it('ACC-5: answers per-account queue, then the global queue, then the rule, then confirm', async () => {
    const registry = createMemoryIdentityRegistry({
      rule: (r) =>
        r.accountId === 'acc_rule' ? { status: 'delayed', retryAfterMs: 1000 } : undefined,
    });
    const defect = {
      field: 'documents.residence_permit.number',
      reason: 'not_found',
      document: 'residence_permit',
    } as const;
    registry.respondWith({ status: 'mismatch', defects: [defect] });
    registry.respondFor('acc_2', { status: 'delayed', retryAfterMs: 5 });
    expect(await registry.check(request('acc_2'))).toEqual({ status: 'delayed', retryAfterMs: 5 });
    expect(await registry.check(request('acc_1'))).toEqual({
      status: 'mismatch',
      defects: [defect],
    });
    expect(await registry.check(request('acc_rule'))).toEqual({
      status: 'delayed',
      retryAfterMs: 1000,
    });
    expect(await registry.check(request('acc_1'))).toEqual({ status: 'confirmed' });
    registry.setRule(undefined);
    expect(await registry.check(request('acc_rule'))).toEqual({ status: 'confirmed' });
    expect(registry.requests.map((r) => r.accountId)).toEqual([
      'acc_2',
      'acc_1',
      'acc_rule',
      'acc_1',
      'acc_rule',
    ]);
  });

  it('keeps copies, so a caller cannot change what was recorded or answered', async () => {
    const registry = createMemoryIdentityRegistry();
    const r = request('acc_1');
    await registry.check(r);
    (r.person as { surname: string }).surname = 'Changed';
    expect(registry.requests[0]!.person.surname).toBe('Karimov');
  });
});
