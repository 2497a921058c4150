// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. Each
// action of the JournalActionCatalogue maps to its payload type, and `Journal.append` takes that
// payload: a misspelled or missing field, a wrong value or a payload for an action that has none
// fails to compile. An action outside the catalogue takes any JSON.
import { expectTypeOf } from 'vitest';
import type { JsonValue } from '../entry/json-value.js';
import type { Journal } from '../journal/journal-types.js';
import type {
  ContactChangedPayload,
  ContactRestoredPayload,
  IpBlockedPayload,
  JournalActionCatalogue,
  JournalPayloadOf,
  KeysRewrappedPayload,
  KnownJournalAction,
  LoginCodeSentPayload,
  LoginPayload,
  SecondFactorRequestedPayload,
} from './journal-actions.js';

declare const journal: Journal;
const actor = { type: 'account', id: 'acc_1' } as const;
const subject = actor;

expectTypeOf<JournalPayloadOf<'contact.changed'>>().toEqualTypeOf<ContactChangedPayload>();
expectTypeOf<JournalPayloadOf<'contact.restored'>>().toEqualTypeOf<ContactRestoredPayload>();
expectTypeOf<JournalPayloadOf<'account.login.succeeded'>>().toEqualTypeOf<LoginPayload>();
expectTypeOf<JournalPayloadOf<'account.login.failed'>>().toEqualTypeOf<LoginPayload>();
expectTypeOf<
  JournalPayloadOf<'account.login.second_factor_requested'>
>().toEqualTypeOf<SecondFactorRequestedPayload>();
expectTypeOf<JournalPayloadOf<'account.login.code_sent'>>().toEqualTypeOf<LoginCodeSentPayload>();
expectTypeOf<JournalPayloadOf<'account.ip.blocked'>>().toEqualTypeOf<IpBlockedPayload>();
expectTypeOf<JournalPayloadOf<'journal.subject.erased'>>().toEqualTypeOf<undefined>();
expectTypeOf<JournalPayloadOf<'journal.keys.rewrapped'>>().toEqualTypeOf<KeysRewrappedPayload>();
// Every catalogued action, including ones other packages merge in, maps to its own entry.
expectTypeOf<{ [A in KnownJournalAction]: JournalPayloadOf<A> }>().toEqualTypeOf<{
  [A in KnownJournalAction]: JournalActionCatalogue[A];
}>();
expectTypeOf<JournalPayloadOf<'acme.widget.polished'>>().toEqualTypeOf<JsonValue>();

void journal.append({
  actor,
  action: 'contact.changed',
  subject,
  payload: { kind: 'phone', before: null, after: '+79161234567' },
});
void journal.append({
  actor,
  action: 'contact.changed',
  subject,
  // @ts-expect-error — `befor` is misspelled
  payload: { kind: 'phone', befor: null, after: '+79161234567' },
});
void journal.append({
  actor,
  action: 'contact.changed',
  subject,
  // @ts-expect-error — `fax` is not a contact kind
  payload: { kind: 'fax', before: null, after: '+79161234567' },
});
void journal.append({
  actor,
  action: 'contact.restored',
  subject,
  // @ts-expect-error — a restore names the version it restored (`fromSeq`)
  payload: { kind: 'email', before: 'a@example.ru', after: 'b@example.ru' },
});
void journal.append({
  actor,
  action: 'account.login.failed',
  subject,
  payload: { ip: '203.0.113.7', reason: 'wrong_password' },
});
void journal.append({
  actor,
  action: 'account.login.failed',
  subject,
  // @ts-expect-error — the IP address is a string
  payload: { ip: 203, reason: 'wrong_password' },
});
void journal.append({
  actor,
  action: 'account.login.code_sent',
  subject,
  // @ts-expect-error — a login code goes by SMS or e-mail only
  payload: { channel: 'telegram' },
});
void journal.append({ actor, action: 'journal.subject.erased', subject });
void journal.append({
  actor,
  action: 'journal.subject.erased',
  subject,
  // @ts-expect-error — an erasure carries no payload
  payload: { reason: 'asked' },
});
void journal.append({
  actor,
  action: 'journal.keys.rewrapped',
  subject,
  payload: { wrapKid: 'k2', rewrapped: 3, skipped: 0, erased: 1, unreadable: 0, complete: true },
});
void journal.append({
  actor,
  action: 'journal.keys.rewrapped',
  subject,
  // @ts-expect-error — the counts are numbers
  payload: { wrapKid: 'k2', rewrapped: '3', skipped: 0, erased: 1, unreadable: 0, complete: true },
});
// An action outside the catalogue takes any JSON, but still only JSON.
void journal.append({ actor, action: 'acme.widget.polished', subject, payload: { by: ['x', 1] } });
void journal.append({
  actor,
  action: 'acme.widget.polished',
  subject,
  // @ts-expect-error — a function is not JSON
  payload: { by: () => 'x' },
});
