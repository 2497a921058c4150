import type { JsonValue } from '@kabinet/audit/entry';
import type { JournalParty } from '@kabinet/ports';

/** An entry a step asks to journal once its write has succeeded. */
export interface JournalDraft {
  readonly action: string;
  readonly payload?: { readonly [key: string]: JsonValue | undefined };
  /** Default: the step's actor. */
  readonly actor?: JournalParty;
}

/** The system actor for clock-driven transitions. */
export const SYSTEM_CLOCK: JournalParty = { type: 'system', id: 'clock' };

/** The journal party of an account. */
export function accountParty(accountId: string): JournalParty {
  return { type: 'account', id: accountId };
}
