import type { JournalPendingEntry } from '@kabinet/ports';
import type { EntryFieldsRow } from '../../_lib/journal-rows.js';

/** A row the sequencer takes from the outbox: an entry's fields and its payload, if any. */
export interface OutboxRow extends EntryFieldsRow {
  id: string;
  key_id: string | null;
  iv: string | null;
  ciphertext: string | null;
  erased_at: number | null;
}

/** The pending entry of an outbox row: its payload sealed, erased meanwhile, or none. */
export function pendingOf(row: OutboxRow): JournalPendingEntry {
  const base = {
    ts: Number(row.ts),
    actor: { type: row.actor_type, id: row.actor_id },
    action: row.action,
    subject: { type: row.subject_type, id: row.subject_id },
    payloadCommitment: row.payload_commitment,
  };
  if (row.key_id !== null)
    return {
      ...base,
      payload: { state: 'sealed', keyId: row.key_id, iv: row.iv!, ciphertext: row.ciphertext! },
    };
  if (row.erased_at !== null)
    return { ...base, payload: { state: 'erased', erasedAt: row.erased_at } };
  return base;
}
