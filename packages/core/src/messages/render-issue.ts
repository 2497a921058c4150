import type { Issue, IssueParam } from '../result/issue.js';
import type { Locale, MessageCatalogue, MessageTemplate } from './catalogue.js';
import { coreMessages } from './core-messages.js';

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: MessageTemplate, params: Readonly<Record<string, IssueParam>>): string {
  if (typeof template === 'function') return template(params);
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

// Own keys only, so codes such as `constructor` or `toString` never reach Object.prototype.
function own(
  messages: Readonly<Record<string, MessageTemplate>>,
  code: string,
): MessageTemplate | undefined {
  return Object.hasOwn(messages, code) ? messages[code] : undefined;
}

/**
 * Renders an issue's message in a language. Unknown codes fall back to the generic
 * "wrong format" message, so a user always sees a sentence, never a code.
 *
 * @param issue - the issue to render
 * @param locale - `'ru'` or `'en'`
 * @param catalogue - the messages to use (default: the core codes only)
 * @returns the message
 * @example
 * ```ts
 * renderIssue({ code: 'input.too_long', path: ['name'], params: { max: 100 } }, 'en');
 * // 'Too long: at most 100 characters'
 * ```
 */
export function renderIssue(
  issue: Issue,
  locale: Locale,
  catalogue: MessageCatalogue = coreMessages,
): string {
  const template = own(catalogue[locale], issue.code) ?? own(coreMessages[locale], issue.code);
  return fill(template ?? coreMessages[locale]['input.wrong_format'], issue.params ?? {});
}
