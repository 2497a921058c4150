import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';

/** The text of a catalogue label (a status, a state, a topic) in the request's language. */
export function labelText(code: string, locale: Locale, catalogue: MessageCatalogue): string {
  return renderIssue({ code, path: [] }, locale, catalogue);
}
