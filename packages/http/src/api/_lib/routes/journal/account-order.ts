// The journal's `seq` numbers entries across the whole portal: shown to an account holder it
// would tell how busy the portal is and how many others acted between two of their own steps.
// What the holder sees instead is the entry's place in their own account's history (`order`,
// 1 for the account's first entry), computed here from the account's entries in the journal.
import type { JournalEntry } from '@kabinet/ports';
import type { Kabinet } from 'kabinet';

/** An account's journal entries, oldest first, with the mapping between `seq` and the per-account `order`. */
export interface AccountOrder {
  /** The account's entries, oldest first: `entries[order - 1]`. */
  readonly entries: readonly JournalEntry[];
  /** The per-account order of an entry by its journal `seq`, or `undefined` if it is not the account's. */
  orderOf(seq: number): number | undefined;
  /** The journal `seq` of the account's `order`-th entry, or `undefined`. */
  seqOf(order: number): number | undefined;
}

const PAGE = 500;

/** Reads every journal entry about the account (oldest first) and numbers them 1, 2, … */
export async function accountOrder(kabinet: Kabinet, accountId: string): Promise<AccountOrder> {
  const entries: JournalEntry[] = [];
  let after: string | undefined;
  do {
    const page = await kabinet.journal.query(
      { subject: { type: 'account', id: accountId }, order: 'asc' },
      after === undefined ? { limit: PAGE } : { limit: PAGE, after },
    );
    entries.push(...page.items);
    after = page.nextCursor;
  } while (after !== undefined);
  const bySeq = new Map(entries.map((entry, i) => [entry.seq, i + 1]));
  return {
    entries,
    orderOf: (seq) => bySeq.get(seq),
    seqOf: (order) => (Number.isInteger(order) && order >= 1 ? entries[order - 1]?.seq : undefined),
  };
}
