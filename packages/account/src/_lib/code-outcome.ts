import { issue, type Issue } from '@kabinet/core';

/**
 * The issue for a one-time code that did not verify: `wrong` → `auth.code_wrong`; the
 * challenge's own attempt cap → `auth.code_exhausted` (ask for a new code: it is not a timed
 * block); expired, superseded, spent or unknown → `auth.code_expired`. A code from another
 * session (OTP-2) answers as `wrongSession` says: like a wrong code, or, where the flow's own
 * session changed (a resumed draft), like an expired one.
 */
export function codeOutcomeIssue(outcome: string, wrongSession: 'auth.code_wrong' | 'auth.code_expired' = 'auth.code_wrong'): Issue {
  if (outcome === 'wrong') return issue('auth.code_wrong', ['code']);
  if (outcome === 'wrong_session') return issue(wrongSession, ['code']);
  if (outcome === 'locked') return issue('auth.code_exhausted', ['code']);
  return issue('auth.code_expired', ['code']);
}
