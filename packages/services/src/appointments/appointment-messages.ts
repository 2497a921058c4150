import { defineCatalogue, type InputIssueCode, type MessageCatalogue } from '@kabinet/core';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

/**
 * Russian and English messages of the appointments area (SVC-2): its issue codes, the
 * visit-pass codes, the states and the notices. `kabinetMessages` merges it.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'appointment.change_too_late', path: [], params: { hours: 24 } }, 'ru', appointmentMessages);
 * // 'Изменить или отменить запись можно не позднее чем за 24 ч до приёма'
 * ```
 */
export const appointmentMessages: MessageCatalogue = defineCatalogue({ ru, en });

/**
 * Every message code of the appointments area.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: AppointmentMessageCode = 'appointment.slot_taken';
 * ```
 */
export type AppointmentMessageCode = keyof typeof ru;

/**
 * The issue codes the appointments service's results carry: the catalogue's `appointment.*`
 * codes (not a state's label, `appointment.state.*`), its `visit_pass.*` codes, and core's
 * `input.*` codes for an input of the wrong shape. Derived from the catalogues' keys, so a code
 * without a ru/en message is not one and returning it fails to compile.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * if (!held.success && held.issues.some((found) => found.code === 'appointment.slot_taken')) pickAnother();
 * ```
 */
export type AppointmentIssueCode =
  | Exclude<
      Extract<AppointmentMessageCode, `appointment.${string}` | `visit_pass.${string}`>,
      `appointment.state.${string}`
    >
  | InputIssueCode;
