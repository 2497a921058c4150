/**
 * The ru/en messages of the MRZ cross-check checks (`@kabinet/validators/mrz-cross-check`), on
 * their own so a form pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { crossCheckMrz } from '@kabinet/validators/mrz-cross-check';
 * const r = crossCheckMrz(mrz, { surname: 'Eriksson', birthDate: '12.08.1974' });
 * if (!r.success) r.issues.map((i) => renderIssue(i, 'ru', mrzCrossCheckMessages));
 * ```
 *
 * @module @kabinet/validators/mrz-cross-check/messages
 */
export { mrzCrossCheckMessages } from './mrz-cross-check-messages.js';
