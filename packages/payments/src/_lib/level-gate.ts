import type { AccountLevel } from '@kabinet/ports';

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
