import { KabinetError } from '@kabinet/core';
import type { MethodCheckVerifier, PaymentProvider } from '@kabinet/payments';
import type { ChargeSource, KeyProvider, StoreBackend } from '@kabinet/ports';
import type { KabinetConfig } from '../setup/kabinet-config.js';

/** `ERR_CONFIG` for a value that is present but unworkable. */
export function configError(message: string): KabinetError {
  return new KabinetError('ERR_CONFIG', `createKabinet: ${message}`);
}

/** Whether `keys` is a key provider (else it is a `StaticKeysConfig`). */
export function isKeyProvider(keys: unknown): keys is KeyProvider {
  return (
    typeof keys === 'object' &&
    keys !== null &&
    typeof (keys as KeyProvider).currentSigningKey === 'function' &&
    typeof (keys as KeyProvider).secretById === 'function'
  );
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** The parts of a {@link StoreBackend}, each with the test of its presence. */
const BACKEND_PARTS: readonly (readonly [keyof StoreBackend, (value: unknown) => boolean])[] = [
  ['versioned', (value) => typeof value === 'function'],
  ['counters', isObject],
  ['blobs', isObject],
  ['journal', isObject],
  ['payments', isObject],
  ['slots', isObject],
];

/**
 * The backend is all or nothing (no store falls back to process memory one at a time, so
 * counters can never silently become per process); `senders` and `registry` are named too.
 * Misuse, not configuration: `ERR_INVALID_ARGUMENT` naming every missing part.
 */
export function requirePorts(config: KabinetConfig): void {
  const backend = config.backend as Partial<StoreBackend> | undefined | null;
  if (!isObject(backend)) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `createKabinet: backend is required, with every store (${BACKEND_PARTS.map(([name]) => name).join(', ')}): createPostgresStores(…), or createMemoryStores(…) from @kabinet/memory for tests and demos`,
    );
  }
  const missing = BACKEND_PARTS.filter(([name, present]) => !present(backend![name])).map(
    ([name]) => name,
  );
  if (missing.length > 0) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `createKabinet: backend is missing ${missing.join(', ')}: a backend gives every store at once (replace one with a spread, e.g. { ...createPostgresStores(…), counters: createRedisCounterStore(…) })`,
    );
  }
  const absent = (['senders', 'registry'] as const).filter((name) => !isObject(config[name]));
  if (absent.length > 0) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `createKabinet: ${absent.join(' and ')} ${absent.length > 1 ? 'are' : 'is'} required (an object; createOutbox and createMemoryIdentityRegistry from @kabinet/memory for tests and demos)`,
    );
  }
}

/**
 * The payment provider is never a silent default: `payments` must name the provider, the
 * first-use check and the charge source (a duty's amount comes from its charge, never from the
 * client).
 */
export function checkPayments(config: KabinetConfig): void {
  const options = config.payments as KabinetConfig['payments'] | undefined;
  if (options === undefined) {
    throw configError(
      'payments.provider, payments.methodCheck and payments.charges are required (simulatedPayments() from kabinet/testing only for tests and demos)',
    );
  }
  if (typeof options !== 'object' || options === null)
    throw configError('payments must be an object');
  const provider = options.provider as Partial<PaymentProvider> | undefined;
  if (
    typeof provider !== 'object' ||
    provider === null ||
    typeof provider.id !== 'string' ||
    typeof provider.parseCallback !== 'function' ||
    typeof provider.create !== 'function'
  ) {
    throw configError(
      'payments.provider is required (a PaymentProvider; simulatedPayments() only for tests and demos)',
    );
  }
  const check = options.methodCheck as Partial<MethodCheckVerifier> | undefined;
  if (
    typeof check !== 'object' ||
    check === null ||
    typeof check.start !== 'function' ||
    typeof check.verify !== 'function'
  ) {
    throw configError('payments.methodCheck is required (the first-use check of PAY-2)');
  }
  const charges = options.charges as Partial<ChargeSource> | undefined;
  if (
    typeof charges !== 'object' ||
    charges === null ||
    typeof charges.find !== 'function' ||
    typeof charges.listFor !== 'function'
  ) {
    throw configError(
      'payments.charges is required (a ChargeSource: the amount of a duty comes from its charge; simulatedPayments() only for tests and demos)',
    );
  }
}
