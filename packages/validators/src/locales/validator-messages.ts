import {
  coreMessages,
  defineCatalogue,
  mergeCatalogues,
  type CoreIssueCode,
  type MessageCatalogue,
} from '@kabinet/core';
import { en } from './en.js';
import { ru } from './ru.js';

/**
 * Russian and English messages for every issue code the validators return (including the
 * generic `input.*` codes of `@kabinet/core`), exported by the package root only. A form or
 * a browser bundle takes the catalogue of its area instead (`snilsMessages` from
 * `@kabinet/validators/snils/messages`, …): each holds every code its area returns, and
 * together they are this catalogue.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseSnils, validatorMessages } from '@kabinet/validators';
 * const r = parseSnils('112-233-445 96');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', validatorMessages);
 * ```
 */
export const validatorMessages: MessageCatalogue = mergeCatalogues(
  coreMessages,
  defineCatalogue({ ru, en }),
);

/**
 * Every issue code the validators return: the codes of their areas, each with its ru/en message
 * in {@link validatorMessages}, and the generic `input.*` codes of `@kabinet/core`. Closed, so a
 * `switch (issue.code)` over a validator's result narrows, and a validator that returns a code
 * without a message fails to compile.
 *
 * @useDeclaredType
 */
export type ValidatorIssueCode = keyof typeof ru | CoreIssueCode;
