/**
 * A simulated identity registry for tests and demos: confirm, mismatch with defects, delay.
 *
 * @example
 * ```ts
 * import { createMemoryIdentityRegistry } from '@kabinet/memory/registry';
 * const registry = createMemoryIdentityRegistry();
 * ```
 *
 * @module @kabinet/memory/registry
 */
export {
  createMemoryIdentityRegistry,
  type MemoryIdentityRegistry,
  type MemoryIdentityRegistryOptions,
  type RegistryRule,
} from './create-memory-identity-registry.js';
