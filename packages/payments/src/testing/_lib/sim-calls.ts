// The simulator's call log, the failures a test injects into the next call of an operation,
// and Stripe-style idempotency: a key replays its first response, and a key reused with
// other parameters throws `ERR_PROVIDER_IDEMPOTENCY`.
import { ProviderIdempotencyError, ProviderUnavailableError } from '@kabinet/core';
import type { SimulatedOperation, SimulatedProvider } from '../simulated-provider.js';

type LoggedCall = SimulatedProvider['calls'][number];

export interface SimCalls {
  readonly calls: readonly LoggedCall[];
  readonly failNext: (operation: SimulatedOperation, when: 'before' | 'after') => void;
  /** Logs the call, applies an injected failure and the idempotency key around `effect`. */
  readonly run: <T>(
    operation: SimulatedOperation,
    key: string | undefined,
    params: unknown,
    providerPaymentId: string | undefined,
    effect: () => T,
  ) => T;
}

export function createSimCalls(): SimCalls {
  const calls: LoggedCall[] = [];
  const failures: { operation: SimulatedOperation; when: 'before' | 'after' }[] = [];
  const keys = new Map<string, { fingerprint: string; response: unknown }>();

  const replayed = <T>(
    key: string,
    operation: SimulatedOperation,
    params: unknown,
    effect: () => T,
  ): T => {
    const fingerprint = JSON.stringify([operation, params]);
    const seen = keys.get(key);
    if (seen === undefined) {
      const response = effect();
      keys.set(key, { fingerprint, response: structuredClone(response) });
      return response;
    }
    if (seen.fingerprint !== fingerprint)
      throw new ProviderIdempotencyError(`idempotency key ${key} reused with other parameters`);
    return structuredClone(seen.response) as T;
  };

  return {
    calls,
    failNext(operation, when) {
      failures.push({ operation, when });
    },
    run(operation, key, params, providerPaymentId, effect) {
      calls.push({
        operation,
        ...(providerPaymentId === undefined ? {} : { providerPaymentId }),
        ...(key === undefined ? {} : { idempotencyKey: key }),
      });
      const index = failures.findIndex((f) => f.operation === operation);
      const failure = index === -1 ? undefined : failures.splice(index, 1)[0];
      if (failure?.when === 'before')
        throw new ProviderUnavailableError(`simulated ${operation} failure`);
      const response = key === undefined ? effect() : replayed(key, operation, params, effect);
      if (failure?.when === 'after')
        throw new ProviderUnavailableError(`simulated ${operation} failure after its effect`);
      return response;
    },
  };
}
