import { ok, retryOnConflict, type Result } from '@kabinet/core';
import {
  applyPreferences,
  type NoticePreferences,
  type PreferencesChange,
} from '../apply-preferences.js';
import type { PreferencesView } from '../notification-centre.js';
import { notificationInputSchemas } from '../notification-input-schemas.js';
import { NOTICE_COLLECTIONS, type PreferencesRecord } from '../notice-records.js';
import { checkAccountId, readWithAccount, type CentreContext } from './centre-context.js';
import type { NotificationIssueCode } from '../notification-messages.js';

export function usePreferences(ctx: CentreContext) {
  const { deps, policy } = ctx;
  const defaults: NoticePreferences = {
    channels: policy.defaultChannels,
    locale: policy.defaultLocale,
  };
  const view = (prefs: NoticePreferences, chosen: boolean): PreferencesView => ({
    channels: prefs.channels,
    locale: prefs.locale,
    chosen,
    requiredKinds: policy.requiredKinds,
  });

  return {
    async preferences(input: {
      readonly accountId: string;
    }): Promise<Result<PreferencesView, NotificationIssueCode>> {
      const accountId = checkAccountId(input.accountId);
      const stored = await deps
        .versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences)
        .get(accountId);
      return ok(stored === undefined ? view(defaults, false) : view(stored, true));
    },

    async setPreferences(input: {
      readonly accountId: string;
    }): Promise<Result<PreferencesView, NotificationIssueCode>> {
      const { accountId, read } = readWithAccount(notificationInputSchemas.preferences, input);
      if (!read.success) return read;
      const change = read.data as PreferencesChange;
      return retryOnConflict(policy.conflictRetries, () =>
        deps.units.run(async (unit): Promise<Result<PreferencesView, NotificationIssueCode>> => {
          const store = unit.versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences);
          const stored = await store.get(accountId);
          const next = applyPreferences(stored ?? defaults, change, policy);
          if (!next.success) return next;
          const record: PreferencesRecord = {
            id: accountId,
            ownerId: accountId,
            channels: next.data.channels,
            locale: next.data.locale,
            updatedAt: deps.clock.now(),
          };
          if (stored === undefined) await store.create(record);
          else await store.update(record, stored.version);
          await unit.append({
            actor: { type: 'account', id: accountId },
            action: 'notice.preferences.changed',
            subject: { type: 'account', id: accountId },
            payload: { channels: next.data.channels, locale: next.data.locale },
          });
          return ok(view(next.data, true));
        }),
      );
    },
  };
}
