import { defineCatalogue } from './catalogue.js';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Messages for the generic issue codes of `@kabinet/core` (DOC-11: "Поле обязательное",
 * "Неверный формат", "Недостаточно данных").
 *
 * @example
 * ```ts
 * renderIssue({ code: 'input.required', path: ['email'] }, 'ru', coreMessages); // 'Поле обязательное'
 * ```
 */
export const coreMessages = /* @__PURE__ */ defineCatalogue<CoreIssueCode>({ ru, en });

/**
 * The generic issue codes every package may use.
 *
 * @useDeclaredType
 */
export type CoreIssueCode = keyof typeof ru;

/**
 * The codes `readInput` gives a field of the wrong shape: core's `input.*` codes, taken from the
 * catalogue's keys, so a code without a ru/en message is not one.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: InputIssueCode = 'input.not_a_string';
 * ```
 */
export type InputIssueCode = Extract<CoreIssueCode, `input.${string}`>;
