import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError, findCatalogueGaps, type Clock } from '@kabinet/core';
import { generateDevelopmentKeys } from '@kabinet/account';
import { createMemoryIdentityRegistry, createMemoryStores, createOutbox } from '@kabinet/memory';
import type { SimulatedChargeBook } from '@kabinet/payments/testing';
import type { StoreBackend } from '@kabinet/ports';
import { createKabinet } from './create-kabinet.js';
import { inMemoryPorts } from '../testing/in-memory-ports.js';
import { simulatedPayments } from '../testing/simulated-payments.js';
import type { KabinetConfig } from './kabinet-config.js';
import { kabinetMessages } from '../messages/kabinet-messages.js';
import { createFakeClock } from '@kabinet/core/testing';

/** Every port but payments, in memory: what a config without a provider would give. */
function memoryPortsWithoutPayments(clock: Clock) {
  return {
    backend: createMemoryStores({ clock }),
    senders: createOutbox({ clock }),
    registry: createMemoryIdentityRegistry(),
  };
}

const STORES = ['versioned', 'counters', 'blobs', 'journal', 'payments', 'slots'] as const;

function configError(config: unknown): string | undefined {
  try {
    createKabinet(config as KabinetConfig);
  } catch (e) {
    return KabinetError.isInstance(e) ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
  }
  return undefined;
}

const cheap = {
  account: {
    scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
  },
};

describe('createKabinet', () => {
  it('fails at creation with ERR_CONFIG and a clear message', () => {
    const ports = inMemoryPorts();
    expect(configError(undefined)).toMatch(
      /^ERR_CONFIG: createKabinet: a configuration object is required/,
    );
    expect(configError({})).toMatch(/^ERR_CONFIG: createKabinet: keys is required/);
    expect(configError({ keys: { signing: [], secrets: {} } })).toMatch(
      /^ERR_CONFIG: .*signing key/,
    );
    expect(configError({ keys: generateDevelopmentKeys(), ...ports, preset: 'lax' })).toMatch(
      /^ERR_CONFIG: .*preset/,
    );
    expect(
      configError({
        keys: generateDevelopmentKeys(),
        ...ports,
        tokens: { issuer: '', audience: 'x' },
      }),
    ).toMatch(/^ERR_CONFIG: .*tokens/);
    expect(
      configError({
        keys: generateDevelopmentKeys(),
        ...ports,
        policy: { account: { clarificationDeadlineMs: 0 } },
      }),
    ).toMatch(/^ERR_CONFIG: .*clarificationDeadlineMs/);
    expect(configError({ keys: generateDevelopmentKeys(), ...ports, scanFile: 'clamav' })).toMatch(
      /^ERR_CONFIG: .*scanFile/,
    );
    expect(configError({ keys: generateDevelopmentKeys(), ...ports })).toBeUndefined();
  });

  it('takes the domain policy by default, and exposes handles on the in-memory ports it was given', () => {
    const kabinet = createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts() });
    expect(kabinet.policy.clarificationDeadlineMs).toBe(48 * 3_600_000);
    expect(kabinet.dev.outbox).toBeDefined();
    expect(kabinet.dev.registry).toBeDefined();
    expect(kabinet.dev.provider).toBeDefined();
    expect('context' in kabinet).toBe(false);
    const strict = createKabinet({
      keys: generateDevelopmentKeys(),
      ...inMemoryPorts(),
      preset: 'strict',
    });
    expect(strict.policy.passwordPreset).toBe('strict');
  });

  describe('the backend is all or nothing: no store falls back to memory on its own', () => {
    const clock = createFakeClock(Date.UTC(2026, 2, 2, 9));
    const keys = generateDevelopmentKeys();

    test.prop([fc.subarray([...STORES], { minLength: 1 })])(
      'a backend missing any stores is ERR_INVALID_ARGUMENT naming exactly those',
      (missing) => {
        const backend: Record<string, unknown> = { ...createMemoryStores({ clock }) };
        for (const name of missing) delete backend[name];
        const message = configError({
          keys,
          clock,
          ...inMemoryPorts({ clock }),
          backend,
        });
        expect(message).toMatch(/^ERR_INVALID_ARGUMENT: createKabinet: backend is missing /);
        const named = /backend is missing ([a-z, ]+):/.exec(message!)![1]!.split(', ');
        expect(named).toEqual(missing);
      },
    );

    it('no backend, or no senders or registry, is ERR_INVALID_ARGUMENT naming them', () => {
      const { backend, senders, registry, payments } = inMemoryPorts({ clock });
      expect(configError({ keys, clock, senders, registry, payments })).toMatch(
        /^ERR_INVALID_ARGUMENT: createKabinet: backend is required, with every store \(versioned, counters, blobs, journal, payments, slots\)/,
      );
      expect(configError({ keys, clock, backend, payments })).toMatch(
        /^ERR_INVALID_ARGUMENT: createKabinet: senders and registry are required/,
      );
      expect(configError({ keys, clock, backend, senders, payments })).toMatch(
        /^ERR_INVALID_ARGUMENT: createKabinet: registry is required/,
      );
    });

    it('one store replaced with a spread is used, the rest stay the backend’s', async () => {
      const backend = createMemoryStores({ clock });
      const counters = createMemoryStores({ clock }).counters;
      const kabinet = createKabinet({
        keys,
        clock,
        ...inMemoryPorts({ clock }),
        backend: { ...backend, counters } satisfies StoreBackend,
      });
      const started = await kabinet.registration.start({ userType: 'foreign_citizen' });
      expect(started.success).toBe(true);
      expect(
        await backend.versioned('drafts').get(started.success ? started.data.draftId : ''),
      ).toBeDefined();
    });
  });

  it('DOC-11: the merged catalogue has every code in ru and en', () => {
    expect(findCatalogueGaps(kabinetMessages)).toEqual([]);
    expect(kabinetMessages.ru['auth.invalid_credentials']).toBeDefined();
    expect(kabinetMessages.en['snils.checksum']).toBeDefined();
  });

  it('ACC-3, CONTACT-6: registration through createKabinet, codes read from the outbox, then login', async () => {
    const clock = createFakeClock(Date.UTC(2026, 2, 2, 9));
    const kabinet = createKabinet({
      keys: generateDevelopmentKeys(),
      clock,
      ...inMemoryPorts({ clock }),
      scanFile: async () => 'clean',
      policy: cheap,
    });
    const outbox = kabinet.dev.outbox!;
    const started = await kabinet.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kabinet.registration.savePersonalData({
      ...access,
      personal: {
        surname: 'Каримов',
        givenNames: 'Азиз',
        birthDate: '17.05.1990',
        citizenship: 'UZB',
      },
    });
    await kabinet.registration.addDocument({
      ...access,
      document: {
        kind: 'foreign_passport',
        number: 'AA1234567',
        country: 'UZB',
        expiryDate: '09.01.2030',
      },
    });
    await kabinet.registration.addDocument({
      ...access,
      document: { kind: 'migration_card', number: '4012 3057841' },
    });
    await kabinet.registration.setContacts({
      ...access,
      phone: '+998901234567',
      email: 'aziz@example.uz',
    });
    for (const [channel, to] of [
      ['phone', '+998901234567'],
      ['email', 'aziz@example.uz'],
    ] as const) {
      await kabinet.registration.requestCode({ ...access, channel });
      expect(
        (await kabinet.registration.confirmCode({ ...access, channel, code: outbox.lastCode(to)! }))
          .success,
      ).toBe(true);
    }
    await kabinet.registration.setPassword({ ...access, password: 'Samarqand-2026!' });
    await kabinet.registration.acceptTerms({
      ...access,
      termsVersion: kabinet.policy.termsVersion,
    });
    const created = await kabinet.registration.create(access);
    expect(created).toMatchObject({
      success: true,
      data: { lifecycle: 'active', level: 'simplified' },
    });
    clock.advance(61_000);
    const first = await kabinet.auth.login(
      { login: 'aziz@example.uz', password: 'Samarqand-2026!' },
      { ip: '203.0.113.1' },
    );
    expect(first).toMatchObject({
      success: true,
      data: { status: 'second_factor_required', preferred: 'sms' },
    });
    const report = await kabinet.journal.verify();
    expect(report.ok).toBe(true);
  });

  describe('S-16: no silent simulated payment provider (forged callbacks)', () => {
    const clock = createFakeClock(Date.UTC(2026, 2, 2, 9));
    const ports = memoryPortsWithoutPayments(clock);
    const forged = async () => {
      const { createHmac } = await import('node:crypto');
      const body = JSON.stringify({
        PaymentId: '700001',
        OrderId: 'att_1',
        Status: 'CONFIRMED',
        Amount: 1,
      });
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'x-signature': createHmac('sha256', 'sim-secret').update(body).digest('hex'),
        },
      };
    };
    it('S-16: a config without a provider is ERR_CONFIG; so is a provider without its first-use check', () => {
      expect(configError({ keys: generateDevelopmentKeys(), clock, ...ports })).toMatch(
        /^ERR_CONFIG: .*payments\.provider/,
      );
      const { provider } = simulatedPayments({ clock });
      expect(
        configError({
          keys: generateDevelopmentKeys(),
          clock,
          ...ports,
          payments: { provider } as never,
        }),
      ).toMatch(/^ERR_CONFIG: .*payments\.methodCheck/);
      expect(
        configError({ keys: generateDevelopmentKeys(), clock, ...ports, payments: {} as never }),
      ).toMatch(/^ERR_CONFIG: .*payments\.provider/);
      expect(
        configError({
          keys: generateDevelopmentKeys(),
          clock,
          ...ports,
          payments: simulatedPayments({ clock }),
        }),
      ).toBeUndefined();
    });

    it('S-16: the simulator is opt-in, with a random secret: a callback signed with the old constant is refused', async () => {
      const kabinet = createKabinet({
        keys: generateDevelopmentKeys(),
        clock,
        ...ports,
        payments: simulatedPayments({ clock }),
      });
      expect(kabinet.dev.provider).toBeDefined();
      expect(kabinet.dev.methodCheck).toBeDefined();
      const result = await kabinet.payments.handleCallback(await forged());
      expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([
        'payment.callback.signature',
      ]);
    });
  });

  describe('HARDEN-3: a duty’s amount comes from a charge, never a default', () => {
    const clock = createFakeClock(Date.UTC(2026, 2, 2, 9));
    const ports = memoryPortsWithoutPayments(clock);
    const { backend } = ports;

    it('HARDEN-3: payments without a charge source are ERR_CONFIG', () => {
      const { provider, methodCheck } = simulatedPayments({ clock });
      expect(
        configError({
          keys: generateDevelopmentKeys(),
          clock,
          ...ports,
          payments: { provider, methodCheck } as never,
        }),
      ).toMatch(/^ERR_CONFIG: .*payments\.charges/);
      expect(
        configError({
          keys: generateDevelopmentKeys(),
          clock,
          ...ports,
          payments: { provider, methodCheck, charges: {} } as never,
        }),
      ).toMatch(/^ERR_CONFIG: .*payments\.charges/);
    });

    it('HARDEN-3: simulatedPayments() brings a charge source on kabinet.dev whose charges live in the given store', async () => {
      const chargeStore = backend.versioned<SimulatedChargeBook>('charges');
      const keys = generateDevelopmentKeys();
      const kabinet = createKabinet({
        keys,
        clock,
        ...ports,
        payments: simulatedPayments({ clock, chargeStore }),
      });
      const charge = await kabinet.payments.issueCharge({
        accountId: 'acc_1',
        dutyCode: 'work_patent',
      });
      expect(charge.success).toBe(true);
      const uin = charge.success ? charge.data.uin : '';
      expect(await kabinet.dev.charges?.find(uin)).toMatchObject({
        accountId: 'acc_1',
        amountKopecks: 350_000,
      });
      // Another process over the same store (a restart) still knows the charge.
      const again = createKabinet({
        keys,
        clock,
        ...ports,
        payments: simulatedPayments({ clock, chargeStore }),
      });
      const payment = await again.payments.createPayment({
        accountId: 'acc_1',
        accountLevel: 'standard',
        uin,
      });
      expect(payment.success && payment.data.amountKopecks).toBe(350_000);
      expect(
        (await again.payments.createPayment({ accountId: 'acc_2', accountLevel: 'standard', uin }))
          .success,
      ).toBe(false);
    });
  });
});
