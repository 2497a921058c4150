import { fail, issue, ok, retryOnConflict, type Locale, type Result } from '@kabinet/core';
import type { Stored, VersionedStore } from '@kabinet/ports';
import type { NoticePage, NoticeView } from '../notification-centre.js';
import { notificationInputSchemas } from '../notification-input-schemas.js';
import {
  NOTICE_COLLECTIONS,
  type NoticeRecord,
  type PreferencesRecord,
  type ReminderRecord,
} from '../notice-records.js';
import { checkAccountId, readWithAccount, type CentreContext } from './centre-context.js';
import { materialiseReminder } from './materialise-reminder.js';
import { renderNotice } from './render-notice.js';
import type { NotificationIssueCode } from '../notification-messages.js';

const SCAN = 200;
// What every method takes: the account id from the caller's session, beside the schema's input
// (the public types in `NotificationCentre`; read at run time by `readWithAccount`).
type Account = { readonly accountId: string };

// Every notice of the account, page by page (an account holds tens to hundreds).
async function* allOf(
  store: VersionedStore<NoticeRecord>,
  accountId: string,
): AsyncGenerator<Stored<NoticeRecord>> {
  let after: string | undefined;
  do {
    const page = await store.listByOwner(
      accountId,
      after === undefined ? { limit: SCAN } : { limit: SCAN, after },
    );
    yield* page.items;
    after = page.nextCursor;
  } while (after !== undefined);
}

export function useInbox(ctx: CentreContext) {
  const { deps, policy, messages } = ctx;
  const notices = () => deps.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices);
  const notFound = () => fail(issue('notifications.not_found', ['noticeId']));

  async function localeOf(accountId: string, asked: Locale | undefined): Promise<Locale> {
    if (asked !== undefined) return asked;
    return (
      (await deps.versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences).get(accountId))
        ?.locale ?? policy.defaultLocale
    );
  }

  // Reminders of this account that are due appear before the centre is read ("applied lazily"),
  // so the centre is right without a delivery tick.
  async function materialiseDue(accountId: string): Promise<void> {
    const now = deps.clock.now();
    const page = await deps
      .versioned<ReminderRecord>(NOTICE_COLLECTIONS.reminders)
      .listByOwner(accountId, { limit: SCAN });
    for (const reminder of page.items)
      if (reminder.dueAt <= now) await materialiseReminder(deps, policy, reminder);
  }

  async function own(
    accountId: string,
    noticeId: string,
  ): Promise<Stored<NoticeRecord> | undefined> {
    const found = await notices().get(noticeId);
    return found?.ownerId === accountId ? found : undefined;
  }

  async function unreadCount(accountId: string): Promise<number> {
    let unread = 0;
    for await (const n of allOf(notices(), accountId)) if (n.readAt === null) unread += 1;
    return unread;
  }

  return {
    async list(input: Account): Promise<Result<NoticePage, NotificationIssueCode>> {
      const { accountId, read } = readWithAccount(notificationInputSchemas.list, input);
      if (!read.success) return read;
      const limit = Math.min(read.data.limit ?? policy.defaultPageSize, policy.maxPageSize);
      await materialiseDue(accountId);
      const locale = await localeOf(accountId, read.data.locale);
      const page = await notices().listByOwner(
        accountId,
        read.data.after === undefined ? { limit } : { limit, after: read.data.after },
      );
      const items = page.items.map((n) => renderNotice(n, locale, messages));
      const unread = await unreadCount(accountId);
      return ok(
        page.nextCursor === undefined
          ? { items, unread }
          : { items, nextCursor: page.nextCursor, unread },
      );
    },

    async get(input: Account): Promise<Result<NoticeView, NotificationIssueCode>> {
      const { accountId, read } = readWithAccount(notificationInputSchemas.notice, input);
      if (!read.success) return read;
      await materialiseDue(accountId);
      const found = await own(accountId, read.data.noticeId);
      if (found === undefined) return notFound();
      return ok(renderNotice(found, await localeOf(accountId, read.data.locale), messages));
    },

    async markRead(input: Account): Promise<Result<NoticeView, NotificationIssueCode>> {
      const { accountId, read } = readWithAccount(notificationInputSchemas.notice, input);
      if (!read.success) return read;
      const { noticeId } = read.data;
      await materialiseDue(accountId);
      const marked = await retryOnConflict(policy.conflictRetries, () =>
        deps.units.run(async (unit) => {
          const store = unit.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices);
          const found = await store.get(noticeId);
          if (found === undefined || found.ownerId !== accountId) return undefined;
          if (found.readAt !== null) return found;
          const { version, ...record } = found;
          const next = await store.update({ ...record, readAt: deps.clock.now() }, version);
          await unit.append({
            actor: { type: 'account', id: accountId },
            action: 'notice.read',
            subject: { type: 'account', id: accountId },
            payload: { noticeId },
          });
          return next;
        }),
      );
      if (marked === undefined) return notFound();
      return ok(renderNotice(marked, await localeOf(accountId, read.data.locale), messages));
    },

    async markAllRead(
      input: Account,
    ): Promise<Result<{ readonly marked: number }, NotificationIssueCode>> {
      const accountId = checkAccountId(input.accountId);
      await materialiseDue(accountId);
      const unread: string[] = [];
      for await (const n of allOf(notices(), accountId)) if (n.readAt === null) unread.push(n.id);
      let marked = 0;
      for (let at = 0; at < unread.length; at += SCAN) {
        const batch = unread.slice(at, at + SCAN);
        marked += await retryOnConflict(policy.conflictRetries, () =>
          deps.units.run(async (unit) => {
            const store = unit.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices);
            const now = deps.clock.now();
            let count = 0;
            for (const id of batch) {
              const found = await store.get(id);
              if (found === undefined || found.readAt !== null) continue;
              const { version, ...record } = found;
              await store.update({ ...record, readAt: now }, version);
              count += 1;
            }
            if (count > 0)
              await unit.append({
                actor: { type: 'account', id: accountId },
                action: 'notice.read_all',
                subject: { type: 'account', id: accountId },
                payload: { marked: count },
              });
            return count;
          }),
        );
      }
      return ok({ marked });
    },
  };
}
