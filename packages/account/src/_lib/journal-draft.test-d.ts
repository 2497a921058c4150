import { expectTypeOf } from 'vitest';
import type { JournalPayloadOf } from '@kabinet/audit';
import { journalDraft, type JournalDraft } from './journal-draft.js';

// A catalogued action's draft takes exactly its payload.
expectTypeOf(
  journalDraft('auth.password_changed', { endedSessions: 2 }),
).toEqualTypeOf<JournalDraft>();
expectTypeOf<JournalPayloadOf<'account.login.failed'>['reason']>().toEqualTypeOf<
  string | undefined
>();
journalDraft('account.login.second_factor_requested', {
  methods: ['sms'],
  preferred: 'sms',
  rehashed: false,
});
journalDraft('auth.totp_enrollment_started', undefined);

// @ts-expect-error a payload of the wrong shape does not compile
journalDraft('auth.password_changed', { endedSessions: '2' });
// @ts-expect-error a missing payload field does not compile
journalDraft('account.login.succeeded', { method: 'password' });
// @ts-expect-error an action outside the catalogue is no typed draft
journalDraft('auth.not_catalogued', {});
// @ts-expect-error an action without a payload takes none
journalDraft('auth.totp_enrollment_started', { started: true });
