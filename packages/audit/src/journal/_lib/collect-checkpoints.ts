import { issue, type Issue } from '@kabinet/core';
import type { JournalStore, KeyProvider } from '@kabinet/ports';
import type { VerifiedCheckpoint } from '../../checkpoint/checkpoint-body.js';
import { verifyCheckpoint, type CheckpointIssueCode } from '../../checkpoint/verify-checkpoint.js';

/** The stored checkpoints whose signatures verify, and the issues of those that do not. */
export interface CollectedCheckpoints {
  readonly checkpoints: VerifiedCheckpoint[];
  readonly issues: Issue<CheckpointIssueCode>[];
}

/**
 * Verifies every stored checkpoint (pages of 500) under `keys`: a checkpoint counts when its
 * signature verifies and its signed size, root and head are the record's
 * (`audit.checkpoint.malformed` otherwise); each issue names the checkpoint's `size`.
 */
export async function collectCheckpoints(
  store: JournalStore,
  keys: KeyProvider,
  origin: string,
  into: CollectedCheckpoints,
): Promise<void> {
  const trustedKeys = keys.verificationKeys();
  let after: string | undefined;
  for (;;) {
    const page = await store.listCheckpoints(
      after === undefined ? { limit: 500 } : { limit: 500, after },
    );
    for (const record of page.items) {
      const r = await verifyCheckpoint(record.jws, trustedKeys, { origin });
      if (!r.success)
        into.issues.push(
          ...r.issues.map((i) => ({ ...i, params: { ...i.params, size: record.size } })),
        );
      else if (
        r.data.size !== record.size ||
        r.data.root !== record.root ||
        r.data.head !== record.head
      ) {
        into.issues.push(issue('audit.checkpoint.malformed', ['jws'], { size: record.size }));
      } else into.checkpoints.push(r.data);
    }
    if (page.nextCursor === undefined) break;
    after = page.nextCursor;
  }
}
