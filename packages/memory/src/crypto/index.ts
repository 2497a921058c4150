/**
 * An in-memory key provider: fresh Ed25519 signing keys and 32-byte secrets per purpose, with
 * rotation. For tests and demos only.
 *
 * @example
 * ```ts
 * import { createMemoryKeyProvider } from '@kabinet/memory/crypto';
 * const keys = createMemoryKeyProvider();
 * ```
 *
 * @module @kabinet/memory/crypto
 */
export {
  createMemoryKeyProvider,
  type MemoryKeyProvider,
  type MemoryKeyProviderOptions,
} from './create-memory-key-provider.js';
