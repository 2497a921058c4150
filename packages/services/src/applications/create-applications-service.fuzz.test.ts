import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { describe, expect } from 'vitest';
import { ACC, makeAppKit, submittedStay } from '../../test/applications-kit.js';

const k = makeAppKit();
const existing = submittedStay(k, ACC, false);
const junk = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
);
const shaped = (id: string) =>
  fc.record(
    {
      accountId: fc.oneof(fc.constant(ACC), junk),
      accountLevel: fc.oneof(fc.constantFrom('standard', 'confirmed', 'none'), junk),
      applicationId: fc.oneof(fc.constant(id), junk),
      serviceCode: fc.oneof(fc.constantFrom('stay_registration', 'arrival_notification'), junk),
      fields: fc.oneof(
        fc.dictionary(
          fc.constantFrom('arrivalDate', 'address', 'migrationCard', 'phone', '__proto__', 'x'),
          junk,
        ),
        junk,
      ),
      kind: fc.oneof(fc.constantFrom('passport_scan', 'lease_contract'), junk),
      file: fc.oneof(fc.record({ bytes: fc.uint8Array({ maxLength: 64 }), name: junk }), junk),
      note: junk,
      limit: junk,
      cursor: junk,
      certificateId: junk,
    },
    { requiredKeys: [] },
  );

describe('S-17: no input throws or half-writes', () => {
  test.prop(
    [
      fc.constantFrom(
        'createDraft',
        'edit',
        'attach',
        'removeAttachment',
        'submit',
        'withdraw',
        'answer',
        'get',
        'list',
        'listCertificates',
        'readCertificate',
        'receiveAgencyUpdate',
        'handleAgencyCallback',
      ),
      fc.context(),
    ],
    { numRuns: 30 },
  )(
    'every operation answers any object with a result, never an exception; the submitted application stays intact',
    async (operation, log) => {
      const id = await existing;
      const before = await k.service.get({ accountId: ACC, applicationId: id });
      const inputs = fc.sample(shaped(id), { numRuns: 20 });
      for (const input of inputs) {
        log.log(
          JSON.stringify({ operation, input }, (_k, v: unknown) =>
            typeof v === 'bigint' ? String(v) : v,
          ),
        );
        const r = await (k.service[operation] as (x: unknown) => Promise<{ success: boolean }>)(
          input,
        );
        expect(typeof r.success).toBe('boolean');
      }
      const after = await k.service.get({ accountId: ACC, applicationId: id });
      if (
        before.success &&
        after.success &&
        operation !== 'edit' &&
        operation !== 'attach' &&
        operation !== 'withdraw' &&
        operation !== 'removeAttachment'
      ) {
        expect(after.data.application.version).toBe(before.data.application.version);
      }
    },
  );

  test.prop([
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.anything()),
    ),
  ])('a non-object argument is misuse: ERR_INVALID_ARGUMENT', async (input) => {
    await expect(k.service.get(input as never)).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_INVALID_ARGUMENT',
    );
  });
});
