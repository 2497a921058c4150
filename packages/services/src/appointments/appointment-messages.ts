import { defineCatalogue, type MessageCatalogue } from '@kabinet/core';
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
