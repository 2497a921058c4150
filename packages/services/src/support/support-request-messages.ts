import { defineCatalogue, type InputIssueCode, type MessageCatalogue } from '@kabinet/core';
import type { UploadIssueCode } from '../context/upload-issue-code.js';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

/**
 * Russian and English messages of the support requests area: issues
 * (`support_request.not_found`, `…closed`, `…not_allowed`, `…too_many_messages`,
 * `…number_format`), statuses, topics, the system lines of a conversation and the notices
 * (`notice.support_request.*`). `kabinetMessages` merges it.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'support_request.status.received', path: [] }, 'ru', supportRequestMessages); // 'Получено'
 * ```
 */
export const supportRequestMessages: MessageCatalogue = defineCatalogue({ ru, en });

/**
 * Every message code of the support requests area.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: SupportRequestMessageCode = 'support_request.closed';
 * ```
 */
export type SupportRequestMessageCode = keyof typeof ru;

/**
 * The issue codes the support requests' results carry: the catalogue's `support_request.*`
 * codes (not the labels: `…status.*`, `…topic.*`, `…system.*`), the codes of an attachment
 * that fails its checks (`UploadIssueCode`), and core's `input.*` codes for an input of the
 * wrong shape.
 * Derived from the catalogues' keys, so a code without a ru/en message is not one and returning
 * it fails to compile. `actOnAccount` adds the codes of the account operations it runs
 * (`SupportRequests<AccountCode>`).
 *
 * @useDeclaredType
 * @example
 * ```ts
 * if (!sent.success && sent.issues[0]?.code === 'support_request.closed') offerNewRequest();
 * ```
 */
export type SupportRequestIssueCode =
  | Exclude<
      Extract<SupportRequestMessageCode, `support_request.${string}`>,
      `support_request.${'status' | 'topic' | 'system'}.${string}`
    >
  | UploadIssueCode
  | InputIssueCode;
