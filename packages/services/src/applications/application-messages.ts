import { defineCatalogue, type InputIssueCode, type MessageCatalogue } from '@kabinet/core';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';
import type { UploadIssueCode } from '../context/upload-issue-code.js';

/**
 * Russian and English messages of the applications area: its issue codes, the statuses as
 * «Мои заявки» names them, and the notices it posts. `kabinet` merges it into `kabinetMessages`.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'application.status.info_required', path: [] }, 'ru', applicationMessages); // 'Требуется дополнительная информация'
 * ```
 */
export const applicationMessages: MessageCatalogue = defineCatalogue({ ru, en });

/**
 * Every message code of the applications area.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: ApplicationMessageCode = 'application.not_editable';
 * ```
 */
export type ApplicationMessageCode = keyof typeof ru;

/**
 * The issue codes the applications service's results carry: the catalogue's `application.*`
 * codes (not a status's label, `application.status.*`), the codes of an upload that fails its
 * checks, and core's `input.*` codes for an input of the wrong shape. Derived from the catalogues' keys, so a code without a ru/en message is
 * not one and returning it fails to compile.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * if (!sent.success && sent.issues[0]?.code === 'application.duty_unpaid') openPayments();
 * ```
 */
export type ApplicationIssueCode =
  | Exclude<
      Extract<ApplicationMessageCode, `application.${string}`>,
      `application.status.${string}`
    >
  | UploadIssueCode
  | InputIssueCode;
