// An in-process Kabinet server (memory stores, a fake clock, codes in the dev outbox) and one
// registration through the client generated from its OpenAPI document.
import { createKabinetHttp } from '@kabinet/http';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import {
  createKabinetClient,
  registerWithTypedClient,
  type Registrant,
} from './register-with-typed-client.js';
import { inMemoryPorts } from 'kabinet/testing';
import { createFakeClock } from '@kabinet/core/testing';

/** Aziz, a citizen of Uzbekistan in Russia on a migration card (as in the walkthrough). */
export const aziz: Registrant = {
  phone: '+998 90 123-45-67',
  email: 'aziz.karimov@example.uz',
  password: 'Samarqand-Registan-2026',
  personal: {
    surname: 'Каримов',
    givenNames: 'Азиз',
    latinSurname: 'KARIMOV',
    latinGivenNames: 'AZIZ',
    birthDate: '17.05.1990',
    citizenship: 'UZB',
    sex: 'male',
  },
  documents: [
    {
      kind: 'foreign_passport',
      number: 'FA 1234567',
      country: 'UZB',
      issueDate: '10.01.2020',
      expiryDate: '09.01.2030',
    },
    {
      kind: 'migration_card',
      number: '4012 3057841',
      entryDate: '15.02.2026',
      stayUntil: '14.05.2026',
    },
  ],
};

/**
 * Starts Kabinet in this process and registers {@link aziz} through the typed client, whose
 * requests go straight to the HTTP handler (`fetch(Request) → Response`, no socket).
 *
 * @returns the account the registration created
 * @example
 * ```ts
 * const { accountId, level } = await runTypedClientDemo(); // level 'simplified'
 * ```
 */
export async function runTypedClientDemo(): Promise<{ accountId: string; level: string }> {
  // The documents' dates are read on this day (the migration card is valid until 14.05.2026).
  const clock = createFakeClock(Date.UTC(2026, 2, 2, 6, 0, 0));
  const kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys: generateDevelopmentKeys('typed-client'),
    clock,
    // A stand-in antivirus hook: the document route needs one even when no scan is uploaded.
    scanFile: async () => 'clean',
    // Test-cost scrypt (N = 2^10) keeps the run short; the default policy uses N = 2^17.
    policy: {
      account: {
        scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
      },
    },
  });
  try {
    const { handler } = createKabinetHttp(kabinet);
    const client = createKabinetClient('http://kabinet.local', (request) =>
      handler(request, { ip: '127.0.0.1' }),
    );
    return await registerWithTypedClient(
      client,
      aziz,
      (address) => kabinet.dev.outbox!.lastCode(address) ?? '',
    );
  } finally {
    await kabinet.close();
  }
}
