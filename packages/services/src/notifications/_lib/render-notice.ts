import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import type { NoticeView } from '../notification-centre.js';
import type { NoticeRecord } from '../notice-records.js';

export function hasMessage(messages: MessageCatalogue, locale: Locale, code: string): boolean {
  return Object.hasOwn(messages[locale], code);
}

export function message(
  messages: MessageCatalogue,
  locale: Locale,
  code: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return renderIssue({ code, path: [], params }, locale, messages);
}

// The centre's view of a notice in the reader's language: the text of its code (a generic
// "new message" when no catalogue knows the code), the title of `<code>.title` or of its kind.
export function renderNotice(
  record: NoticeRecord,
  locale: Locale,
  messages: MessageCatalogue,
): NoticeView {
  const titleCode = hasMessage(messages, locale, `${record.code}.title`)
    ? `${record.code}.title`
    : `notice.kind.${record.kind}`;
  const textCode = hasMessage(messages, locale, record.code) ? record.code : 'notice.generic';
  return {
    id: record.id,
    kind: record.kind,
    title: message(messages, locale, titleCode, record.params),
    text: message(messages, locale, textCode, record.params),
    ...(record.subject === undefined ? {} : { subject: record.subject }),
    critical: record.critical,
    createdAt: record.createdAt,
    read: record.readAt !== null,
    readAt: record.readAt,
  };
}
