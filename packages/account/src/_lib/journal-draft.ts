import type { JournalAction, JournalPayloadOf, KnownJournalAction } from '@kabinet/audit';
import type { JsonValue } from '@kabinet/audit/entry';
import type { JournalParty } from '@kabinet/ports';
import type {} from './auth-journal-actions.js';

/** An entry a step asks to journal once its write has succeeded. */
export interface JournalDraft {
  /** A name of the typed catalogue (`JournalActionCatalogue`); build catalogued ones with {@link journalDraft}. */
  readonly action: JournalAction;
  readonly payload?: Readonly<Record<string, JsonValue | undefined>>;
  /** Default: the step's actor. */
  readonly actor?: JournalParty;
}

/**
 * A draft of a catalogued action: its payload is checked against `JournalActionCatalogue` at
 * compile time, as `journal.append` checks a direct entry.
 */
export function journalDraft<A extends KnownJournalAction>(
  action: A,
  payload: JournalPayloadOf<A>,
  actor?: JournalParty,
): JournalDraft {
  return {
    action,
    ...(payload === undefined ? {} : { payload: payload as NonNullable<JournalDraft['payload']> }),
    ...(actor === undefined ? {} : { actor }),
  };
}

/** The system actor for clock-driven transitions. */
export const SYSTEM_CLOCK: JournalParty = { type: 'system', id: 'clock' };

/** The journal party of an account. */
export function accountParty(accountId: string): JournalParty {
  return { type: 'account', id: accountId };
}
