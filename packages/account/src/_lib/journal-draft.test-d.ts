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

// Every area's drafts are checked, whether built by `journalDraft` or written as a literal.
const stepJournal: readonly JournalDraft[] = [
  { action: 'registration.resumed' },
  { action: 'session.reauthenticated', payload: { sessionId: 'ses_1' } },
  // @ts-expect-error registration: a user type outside `UserType`
  { action: 'registration.user_type_set', payload: { userType: 'citizen' } },
  // @ts-expect-error registration: a draft without its payload
  { action: 'registration.code_sent' },
  // @ts-expect-error identity: the registry's retry names its check
  {
    action: 'identity.registry_retried',
    payload: { kind: 'video', registry: {}, transitions: [] },
  },
  // @ts-expect-error sessions: the count of ended sessions is a number
  { action: 'session.others_ended', payload: { sessions: '3' } },
  // @ts-expect-error contacts: a restore names the version it restores
  { action: 'contact.restore_requested', payload: { kind: 'phone', masked: '+7 *** 12' } },
  // @ts-expect-error support: a lifecycle outside `AccountLifecycle`
  { action: 'support.account_block_rejected', payload: { lifecycle: 'frozen' } },
  // @ts-expect-error an action outside the catalogue is no draft
  { action: 'registration.not_catalogued' },
];
expectTypeOf(stepJournal).toEqualTypeOf<readonly JournalDraft[]>();
journalDraft('identity.letter_sent', {
  checkId: 'chk_1',
  kind: 'registered_mail',
  transitions: [],
  trackingNumber: 'RA123',
});
// @ts-expect-error identity: a sent letter carries its tracking number
journalDraft('identity.letter_sent', {
  checkId: 'chk_1',
  kind: 'registered_mail',
  transitions: [],
});
// @ts-expect-error maintenance: a re-keying report counts its failures
journalDraft('accounts.rekeyed', { piiKid: 'k1', blindIndexKid: 'b1', scanned: 1, rekeyed: 1 });
