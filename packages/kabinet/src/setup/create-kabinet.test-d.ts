import { expectTypeOf } from 'vitest';
import type { StoreBackend } from '@kabinet/ports';
import { createKabinet } from './create-kabinet.js';
import type { KabinetConfig } from './kabinet-config.js';

declare const ports: Pick<KabinetConfig, 'keys' | 'senders' | 'registry' | 'payments'>;
declare const backend: StoreBackend;

// A complete backend compiles.
expectTypeOf(createKabinet({ ...ports, backend })).toHaveProperty('auth');

// A partial backend is a compile error: every store comes from the one backend.
// @ts-expect-error counters missing
createKabinet({ ...ports, backend: { ...backend, counters: undefined } });
// @ts-expect-error only some stores
createKabinet({ ...ports, backend: { counters: backend.counters, journal: backend.journal } });
// @ts-expect-error no backend at all
createKabinet({ ...ports });
// @ts-expect-error the per-store override is gone
createKabinet({ ...ports, backend, stores: { counters: backend.counters } });

// Internals are off the public type.
// @ts-expect-error no context
void createKabinet({ ...ports, backend }).context;
