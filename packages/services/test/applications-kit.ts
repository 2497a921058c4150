// Shared by the applications tests (not exported): a kit with the simulated agency, a duty
// ledger the test controls, a clean scanner and valid files.
import { createSeededRandom } from '@kabinet/core';
import { makeJpeg, makePdf } from '../../validators/test/file-fixtures.js';
import { makeServicesKit, type ServicesKit } from './kit.js';
import type { ApplicationsPolicy } from '../src/applications/applications-policy.js';
import type { ApplicationsService } from '../src/applications/applications-service.js';
import { createApplicationsService } from '../src/applications/create-applications-service.js';
import {
  createSimulatedAgency,
  type SimulatedAgency,
} from '../src/applications/create-simulated-agency.js';
import { defineApplicationsPolicy } from '../src/applications/define-applications-policy.js';
import type { FieldCipher } from '../src/applications/field-cipher.js';

export const SECRET = 'agency-secret-0123456789';
export const scan300 = (): Uint8Array => makeJpeg({ jfif: { units: 1, x: 300, y: 300 } });
export const pdf = (): Uint8Array => makePdf();

export interface AppKit extends ServicesKit {
  readonly service: ApplicationsService;
  readonly agency: SimulatedAgency;
  /** Paid duties: `${accountId}:${dutyCode}` → payment id. */
  readonly paid: Map<string, string>;
}

export function makeAppKit(
  options: {
    policy?: Partial<ApplicationsPolicy>;
    seed?: number;
    kit?: ServicesKit;
    fieldCipher?: FieldCipher;
  } = {},
): AppKit {
  const kit =
    options.kit ?? makeServicesKit(options.seed === undefined ? {} : { seed: options.seed });
  const agency = createSimulatedAgency({
    clock: kit.clock,
    random: createSeededRandom(options.seed ?? 5),
    secret: SECRET,
  });
  const paid = new Map<string, string>();
  const service = createApplicationsService(kit.deps, {
    agency,
    duties: async (accountId, dutyCode) => {
      const paymentId = paid.get(`${accountId}:${dutyCode}`);
      return paymentId === undefined ? undefined : { paymentId };
    },
    scanFile: async () => 'clean',
    ...(options.fieldCipher === undefined ? {} : { fieldCipher: options.fieldCipher }),
    policy: defineApplicationsPolicy({ passDelayMs: 60_000, ...options.policy }),
  });
  return { ...kit, service, agency, paid };
}

export const ACC = 'acc_01';

/** A stay registration filled, with its files, submitted (duty paid), and passed to the authority with a case. */
export async function submittedStay(k: AppKit, accountId = ACC, pass = true): Promise<string> {
  k.paid.set(`${accountId}:migration_registration`, `pay_${accountId}`);
  const draft = await k.service.createDraft({
    accountId,
    accountLevel: 'standard',
    serviceCode: 'stay_registration',
    fields: {
      arrivalDate: '10.01.2027',
      address: { postalIndex: '101000', street: 'ул. Тверская', house: '7' },
    },
  });
  if (!draft.success) throw new Error(JSON.stringify(draft.issues));
  const id = draft.data.application.id;
  for (const [kind, bytes] of [
    ['passport_scan', scan300()],
    ['lease_contract', pdf()],
  ] as const) {
    const r = await k.service.attach({ accountId, applicationId: id, kind, file: { bytes } });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
  }
  const submitted = await k.service.submit({
    accountId,
    accountLevel: 'standard',
    applicationId: id,
  });
  if (!submitted.success) throw new Error(JSON.stringify(submitted.issues));
  if (pass) {
    k.clock.advance(60_000);
    await k.service.passDue();
  }
  return id;
}
