// NotificationIssueCode comes from the catalogue's keys: the centre's results carry it, a switch
// over an issue's code narrows, and a code without a message (or a kind's title) is not one.
import type { InputIssueCode, Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { NotificationIssueCode } from './notification-messages.js';
import type { NotificationCentre, PreferencesView } from './notification-centre.js';

declare const centre: NotificationCentre;
const changed = await centre.setPreferences({ accountId: 'acc_1', channels: { security: [] } });
expectTypeOf(changed).toEqualTypeOf<Result<PreferencesView, NotificationIssueCode>>();
if (!changed.success)
  for (const found of changed.issues)
    switch (found.code) {
      case 'notifications.preferences.channel_required':
        expectTypeOf(found.code).toEqualTypeOf<'notifications.preferences.channel_required'>();
        break;
      case 'notifications.preferences.duplicate_channel':
      case 'notifications.not_found':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<InputIssueCode>();
    }
if (!changed.success) {
  // @ts-expect-error: checking for a code the centre cannot return does not compile
  if (changed.issues[0]?.code === 'notifications.gone') throw new Error();
}

// Every method's failure is typed so, not only the one above.
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type MethodCodes = {
  [K in keyof NotificationCentre]: NotificationCentre[K] extends (...args: never[]) => infer R
    ? IssueCodeOf<R>
    : never;
}[keyof NotificationCentre];
expectTypeOf<MethodCodes>().toEqualTypeOf<NotificationIssueCode>();

expectTypeOf<NotificationIssueCode>().toEqualTypeOf<
  | 'notifications.not_found'
  | 'notifications.preferences.channel_required'
  | 'notifications.preferences.duplicate_channel'
  | InputIssueCode
>();
// @ts-expect-error: a code without a ru/en message is not a notifications issue code
const unknown: NotificationIssueCode = 'notifications.gone';
void unknown;
