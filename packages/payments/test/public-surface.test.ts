// The test doubles and the provider tables stay off the main entry: an app that imports
// `@kabinet/payments` gets the service, the mappers and the ports, never a simulator.
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as providers from '../src/providers/index.js';
import * as testing from '../src/testing/index.js';

describe('@kabinet/payments public surface', () => {
  it('the main entry exports no simulator, no example duty catalogue and no status table', () => {
    const names = Object.keys(main);
    expect(names).toContain('createPaymentsService');
    expect(names).toContain('mapYookassaPayment');
    expect(
      names.filter((n) => /simulat|dutycatalogue|_STATUSES|_CODES|_REASONS|_PARTIES/i.test(n)),
    ).toEqual([]);
    expect(
      Object.keys(providers).filter((n) => /_STATUSES|_CODES|_REASONS|_PARTIES/.test(n)),
    ).toEqual([]);
  });

  it('/testing exports the simulated provider, first-use check and charge source', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'createSimulatedChargeSource',
      'createSimulatedMethodCheck',
      'createSimulatedProvider',
      'defaultDutyCatalogue',
    ]);
  });
});
