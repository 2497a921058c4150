import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { makeServicesKit } from '../../test/kit.js';
import { createSupportRequests } from './create-support-requests.js';

const kit = makeServicesKit();
const support = createSupportRequests(kit.deps, {
  scanFile: async () => 'clean',
  accountOperations: {
    unblock: async () => ({ success: true, data: {} }),
    restoreAccess: async () => ({ success: true, data: {} }),
  },
});
const OP = { operatorId: 'op_fuzz' };
let seeded: string | undefined;

const anyInput = fc.oneof(
  fc.anything(),
  fc.record(
    {
      accountId: fc.oneof(fc.string(), fc.constant('acc_1'), fc.anything()),
      requestId: fc.oneof(fc.string(), fc.anything()),
      topic: fc.oneof(fc.constantFrom('access', 'other'), fc.anything()),
      text: fc.oneof(fc.string(), fc.anything()),
      files: fc.anything(),
      limit: fc.anything(),
      after: fc.anything(),
      awaitUser: fc.anything(),
      resolution: fc.anything(),
      action: fc.anything(),
      number: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe('S-17: no input makes the service throw', () => {
  test.prop(
    [
      fc.constantFrom(
        'create',
        'list',
        'get',
        'reply',
        'queue',
        'listEscalated',
        'operatorGet',
        'findByNumber',
        'take',
        'operatorReply',
        'resolve',
        'actOnAccount',
        'escalateOverdue',
      ),
      anyInput,
      fc.boolean(),
    ],
    { numRuns: 300 },
  )('every method answers a Result for any input', async (method, input, useSeeded) => {
    if (seeded === undefined) {
      const r = await support.create({ accountId: 'acc_1', topic: 'other', text: 'seed' });
      seeded = r.success ? r.data.id : undefined;
    }
    const arg =
      useSeeded && typeof input === 'object' && input !== null && !Array.isArray(input)
        ? { ...input, requestId: seeded }
        : input;
    const call = support[method] as (a: unknown, b?: unknown) => Promise<{ success: boolean }>;
    const operatorMethod = [
      'queue',
      'listEscalated',
      'operatorGet',
      'findByNumber',
      'take',
      'operatorReply',
      'resolve',
      'actOnAccount',
    ].includes(method);
    const r = operatorMethod ? await call(OP, arg) : await call(arg);
    expect(typeof r.success).toBe('boolean');
  });
});
