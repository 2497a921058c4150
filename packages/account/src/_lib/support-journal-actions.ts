import type { JsonValue } from '@kabinet/audit/entry';
import type { AccountLifecycle } from '@kabinet/ports';

/** The payload of an operator disabling an account. */
interface AccountDisabledPayload {
  /** The operator's reason. */
  readonly reason: string;
  /** How many sessions ended with it. */
  readonly sessions: number;
  /** The lifecycle transitions. */
  readonly transitions: readonly JsonValue[];
}

/** The payload of a disabling the lifecycle refused. */
interface DisableRejectedPayload {
  /** The account's lifecycle then. */
  readonly lifecycle: AccountLifecycle;
}

// The journal actions of support operators, with their payloads: `journalDraft`, a literal
// `JournalDraft` and `journal.append` check entries against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** An operator blocked the account. */
    'support.account_blocked': AccountDisabledPayload;
    /** A block the lifecycle refused. */
    'support.account_block_rejected': DisableRejectedPayload;
    /** An operator closed the account. */
    'support.account_closed': AccountDisabledPayload;
    /** A closing the lifecycle refused. */
    'support.account_close_rejected': DisableRejectedPayload;
    /** An operator unblocked the account. */
    'support.account_unblocked': {
      /** The lifecycle transitions. */
      readonly transitions: readonly JsonValue[];
      /** The operator's reason, if given. */
      readonly reason?: string;
    };
    /** An operator started an access restore (ACC-9). */
    'support.access_restore_started': {
      /** The lifecycle transitions. */
      readonly transitions: readonly JsonValue[];
    };
  }
}
