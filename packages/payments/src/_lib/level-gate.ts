import { issue, type Issue } from '@kabinet/core';
import type { AccountLevel } from '@kabinet/ports';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const ORDER: Readonly<Record<AccountLevel, number>> = {
  none: 0,
  simplified: 1,
  standard: 2,
  confirmed: 3,
};

/** The level a service type needs, and whether `level` reaches it. */
export function levelGate(
  policy: {
    readonly defaultMinLevel: AccountLevel;
    readonly minLevelByServiceType: Readonly<Record<string, AccountLevel>>;
  },
  serviceType: string,
  level: AccountLevel,
): { readonly allowed: boolean; readonly required: string } {
  const required = policy.minLevelByServiceType[serviceType] ?? policy.defaultMinLevel;
  const rank = ORDER[level];
  return { allowed: rank !== undefined && rank >= ORDER[required], required };
}

/** `payment.level_too_low` (`required`, `actual`) when `level` does not reach the service type's level. */
export function levelIssue(
  policy: Parameters<typeof levelGate>[0],
  serviceType: string,
  level: AccountLevel,
): Issue<PaymentsIssueCode> | undefined {
  const gate = levelGate(policy, serviceType, level);
  if (gate.allowed) return undefined;
  return issue('payment.level_too_low', ['accountLevel'], {
    required: gate.required,
    actual: String(level),
  });
}
