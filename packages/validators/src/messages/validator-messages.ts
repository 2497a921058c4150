import { coreMessages, defineCatalogue, mergeCatalogues, type MessageCatalogue } from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages for every issue code the validators return (including the
 * generic `input.*` codes of `@kabinet/core`).
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * const r = parseSnils('112-233-445 96');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', validatorMessages);
 * ```
 */
export const validatorMessages: MessageCatalogue = mergeCatalogues(coreMessages, defineCatalogue({ ru, en }));

/**
 * Every issue code the validators define.
 *
 * @useDeclaredType
 */
export type ValidatorIssueCode = keyof typeof ru;
