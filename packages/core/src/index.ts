/**
 * The foundation every Kabinet package builds on: `Result`/`Issue`, the message catalogues,
 * `KabinetError`, `Clock`, secure randomness, state machines as data and PII masking.
 *
 * @example
 * ```ts
 * import { ok, fail, issue, renderIssue } from '@kabinet/core';
 * const r = fail(issue('input.required', ['email']));
 * renderIssue(r.issues[0]!, 'ru'); // 'Поле обязательное'
 * ```
 *
 * @module @kabinet/core
 */
export * from './result/index.js';
export * from './messages/index.js';
export * from './errors/index.js';
export * from './clock/index.js';
export * from './random/index.js';
export * from './machine/index.js';
export * from './mask/index.js';
