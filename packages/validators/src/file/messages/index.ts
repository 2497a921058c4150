/**
 * The ru/en messages of the upload checks (`@kabinet/validators/file`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { checkFile, filePolicies } from '@kabinet/validators/file';
 * const r = await checkFile(new Uint8Array(0), filePolicies.document);
 * if (!r.success) renderIssue(r.issues[0]!, 'en', fileMessages);
 * // 'The file is empty'
 * ```
 *
 * @module @kabinet/validators/file/messages
 */
export { fileMessages } from './file-messages.js';
