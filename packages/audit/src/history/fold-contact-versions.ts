import type { JournalParty } from '@kabinet/ports';
import type { ContactKind } from '../actions/journal-actions.js';
import type { JournalEvent, PayloadView } from './journal-event.js';
import { foldHistory } from './fold-history.js';

/** One version of a contact in its change history (История изменений, CONTACT-5). */
export interface ContactVersion {
  /** The `seq` of the event that made this version current. */
  readonly seq: number;
  /** Epoch ms of that event. */
  readonly ts: number;
  /** Who made the change or the restore. */
  readonly actor: JournalParty;
  /** Phone or e-mail. */
  readonly kind: ContactKind;
  /** The contact value; `null` when its payload is erased or unreadable. */
  readonly value: string | null;
  /** How it became current. */
  readonly via: 'changed' | 'restored';
  /** For a restore, the version it restored. */
  readonly fromSeq?: number;
  /** The payload's status (`present` unless erased or damaged). */
  readonly status: PayloadView['status'];
}

function payloadOf(event: JournalEvent): Record<string, unknown> | undefined {
  const p = event.payload;
  return p.status === 'present' && typeof p.data === 'object' && p.data !== null
    ? (p.data as Record<string, unknown>)
    : undefined;
}

/**
 * The versions of one contact (phone or e-mail) over time, oldest first, folded from
 * `contact.changed` and `contact.restored` events (CONTACT-5). An event whose payload was
 * erased still appears, with `value: null`, because the entry itself remains.
 *
 * @param events - the subject's events (other actions are skipped)
 * @param kind - `phone` or `email`
 * @param untilSeq - fold only up to this `seq` (the history as it was then)
 * @returns the versions, oldest first; the last is current
 * @example
 * ```ts
 * const versions = foldContactVersions(await journal.history(account), 'phone');
 * const current = versions.at(-1)?.value;
 * ```
 */
export function foldContactVersions(
  events: readonly JournalEvent[],
  kind: ContactKind,
  untilSeq?: number,
): ContactVersion[] {
  return foldHistory<ContactVersion[]>(
    events,
    (versions, event) => {
      const { entry } = event;
      if (entry.action !== 'contact.changed' && entry.action !== 'contact.restored')
        return versions;
      const data = payloadOf(event);
      if (data !== undefined && data['kind'] !== kind) return versions;
      if (data === undefined && event.payload.status === 'none') return versions;
      // An erased payload no longer tells which contact it was about: it is listed under both kinds.
      const value = data !== undefined && typeof data['after'] === 'string' ? data['after'] : null;
      const fromSeq =
        data !== undefined && typeof data['fromSeq'] === 'number' ? data['fromSeq'] : undefined;
      const version: ContactVersion = {
        seq: entry.seq,
        ts: entry.ts,
        actor: entry.actor,
        kind,
        value,
        via: entry.action === 'contact.restored' ? 'restored' : 'changed',
        ...(fromSeq === undefined ? {} : { fromSeq }),
        status: event.payload.status,
      };
      return [...versions, version];
    },
    [],
    untilSeq,
  );
}
