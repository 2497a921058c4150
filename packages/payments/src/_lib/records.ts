import type { PaymentAttemptRecord } from '@kabinet/ports';

/** The record without the store-managed `version`, ready to be written. */
export function unstore<T extends { readonly version: number }>(stored: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = stored;
  return rest;
}

/** Stable JSON (sorted keys) for comparing records. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);

export function isTerminalAttempt(status: string): boolean {
  return TERMINAL.has(status);
}

const CHECK_KINDS = new Set(['sms_code', 'bank_app', 'wallet_password']);

/** Whether an attempt's action is our first-use check (rather than a provider's step). */
export function isCheckAction(action: PaymentAttemptRecord['action']): boolean {
  return action !== undefined && CHECK_KINDS.has(action.kind);
}
