import { foldContactVersions, type JournalEvent } from '@kabinet/audit';
import type { AccountContext } from '../context/account-context.js';
import { accountParty } from './journal-draft.js';

/** One version of a phone or e-mail in the change history (CONTACT-5). */
export interface ContactHistoryVersion {
  /** The journal `seq` that made this version current; pass it to `contacts.restore`. */
  readonly seq: number;
  readonly at: number;
  /** The value, or `null` when its journal payload was erased. */
  readonly value: string | null;
  readonly via: 'registration' | 'changed' | 'restored';
  readonly fromSeq?: number;
}

/**
 * The versions of an account's phone or e-mail, oldest first: the value given at
 * registration (from `account.created`), then every `contact.changed` / `contact.restored`
 * folded by `@kabinet/audit`. History is never rewritten; a restore is a new version.
 */
export async function contactHistory(
  ctx: AccountContext,
  accountId: string,
  channel: 'phone' | 'email',
): Promise<ContactHistoryVersion[]> {
  const events: JournalEvent[] = await ctx.journal.history(accountParty(accountId));
  const versions: ContactHistoryVersion[] = [];
  const created = events.find((e) => e.entry.action === 'account.created');
  if (created !== undefined) {
    const data =
      created.payload.status === 'present'
        ? (created.payload.data as Record<string, unknown>)
        : undefined;
    const value = typeof data?.[channel] === 'string' ? data[channel] : null;
    versions.push({ seq: created.entry.seq, at: created.entry.ts, value, via: 'registration' });
  }
  for (const v of foldContactVersions(events, channel)) {
    versions.push({
      seq: v.seq,
      at: v.ts,
      value: v.value,
      via: v.via,
      ...(v.fromSeq === undefined ? {} : { fromSeq: v.fromSeq }),
    });
  }
  return versions;
}
