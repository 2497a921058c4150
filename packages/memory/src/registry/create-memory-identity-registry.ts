import type { IdentityRegistry, RegistryCheckOutcome, RegistryCheckRequest } from '@kabinet/ports';

/** Decides the outcome for one request; `undefined` falls through to the default. */
export type RegistryRule = (request: RegistryCheckRequest) => RegistryCheckOutcome | undefined;

/** Options of {@link createMemoryIdentityRegistry}. */
export interface MemoryIdentityRegistryOptions {
  /** The outcome when nothing else decides (default `{ status: 'confirmed' }`). */
  readonly defaultOutcome?: RegistryCheckOutcome;
  /** A rule consulted after the scripted outcomes and before the default. */
  readonly rule?: RegistryRule;
}

/** An {@link IdentityRegistry} whose answers tests and demos script. */
export interface MemoryIdentityRegistry extends IdentityRegistry {
  /** Queues outcomes answered in order to the next checks (before the rule and the default). */
  respondWith(...outcomes: readonly RegistryCheckOutcome[]): void;
  /** Queues outcomes for the checks of one account only. */
  respondFor(accountId: string, ...outcomes: readonly RegistryCheckOutcome[]): void;
  /** Replaces the rule. */
  setRule(rule: RegistryRule | undefined): void;
  /** Every request received, oldest first. */
  readonly requests: readonly RegistryCheckRequest[];
}

/**
 * An in-memory identity registry that simulates the state registries' answers: confirm,
 * a mismatch with concrete defects, or a delay. Answers come from per-account queues, then
 * a global queue, then a rule, then the default (confirm).
 *
 * @param options - default outcome and rule
 * @returns the registry
 * @example
 * ```ts
 * const registry = createMemoryIdentityRegistry();
 * registry.respondWith(
 *   { status: 'mismatch', defects: [{ field: 'documents.residence_permit.number', reason: 'not_found', document: 'residence_permit' }] },
 *   { status: 'delayed', retryAfterMs: 60_000 },
 * );
 * await registry.check(request); // the mismatch, then the delay, then { status: 'confirmed' }
 * ```
 */
export function createMemoryIdentityRegistry(
  options: MemoryIdentityRegistryOptions = {},
): MemoryIdentityRegistry {
  const queue: RegistryCheckOutcome[] = [];
  const perAccount = new Map<string, RegistryCheckOutcome[]>();
  const requests: RegistryCheckRequest[] = [];
  let rule = options.rule;
  const fallback = options.defaultOutcome ?? { status: 'confirmed' };
  return {
    async check(request) {
      requests.push(structuredClone(request));
      const own = perAccount.get(request.accountId);
      const scripted = own !== undefined && own.length > 0 ? own.shift() : queue.shift();
      return structuredClone(scripted ?? rule?.(request) ?? fallback);
    },
    respondWith(...outcomes) {
      queue.push(...outcomes);
    },
    respondFor(accountId, ...outcomes) {
      const list = perAccount.get(accountId) ?? [];
      list.push(...outcomes);
      perAccount.set(accountId, list);
    },
    setRule(next) {
      rule = next;
    },
    get requests() {
      return requests;
    },
  };
}
