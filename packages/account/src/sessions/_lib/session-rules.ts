import type { AccountLifecycle } from '@kabinet/ports';

/** Lifecycles whose sessions may be used and refreshed. */
export const USABLE: ReadonlySet<AccountLifecycle> = new Set([
  'active',
  'clarification_requested',
  'restricted',
]);

/** How many spent refresh tokens a session remembers to spot their reuse (S-10). */
export const MAX_USED_REFRESH = 50;

/** The encryption context of a session's last issued refresh secret. */
export const refreshContext = (sessionId: string): string => `session:${sessionId}:refresh`;
