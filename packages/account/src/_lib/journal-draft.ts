import type { JournalPayloadOf, KnownJournalAction } from '@kabinet/audit';
import type { JournalParty } from '@kabinet/ports';
import type {} from './auth-journal-actions.js';
import type {} from './registration-journal-actions.js';
import type {} from './identity-journal-actions.js';
import type {} from './session-journal-actions.js';
import type {} from './contact-journal-actions.js';
import type {} from './support-journal-actions.js';
import type {} from './maintenance-journal-actions.js';

/**
 * The payload field of a catalogued action's entry: required with the catalogue's type, or
 * absent for an action the catalogue gives no payload (`undefined`).
 */
export type PayloadField<A extends KnownJournalAction> =
  JournalPayloadOf<A> extends undefined
    ? { readonly payload?: undefined }
    : { readonly payload: JournalPayloadOf<A> };

/**
 * An entry a step asks to journal once its write has succeeded: one action of the typed
 * catalogue (`JournalActionCatalogue`) with exactly its payload, so a literal draft is checked
 * as {@link journalDraft} and `journal.append` check theirs.
 */
export type JournalDraft = {
  readonly [A in KnownJournalAction]: {
    readonly action: A;
    /** Default: the step's actor. */
    readonly actor?: JournalParty;
  } & PayloadField<A>;
}[KnownJournalAction];

/**
 * A draft of a catalogued action: its payload is checked against `JournalActionCatalogue` at
 * compile time, as `journal.append` checks a direct entry. Helpers generic in the action build
 * their drafts here.
 */
export function journalDraft<A extends KnownJournalAction>(
  action: A,
  payload: JournalPayloadOf<A>,
  actor?: JournalParty,
): JournalDraft {
  // A generic A cannot be narrowed to one member of the union; the parameters' types pair them.
  return {
    action,
    ...(payload === undefined ? {} : { payload }),
    ...(actor === undefined ? {} : { actor }),
  } as unknown as JournalDraft;
}

/** The system actor for clock-driven transitions. */
export const SYSTEM_CLOCK: JournalParty = { type: 'system', id: 'clock' };

/** The journal party of an account. */
export function accountParty(accountId: string): JournalParty {
  return { type: 'account', id: accountId };
}
