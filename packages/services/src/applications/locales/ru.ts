// Russian messages of the applications area (SVC-1): issue codes, statuses and notices.
// `en.ts` must have exactly the same keys.
import type { IssueParam, MessageTemplate } from '@kabinet/core';

const LEVELS: Readonly<Record<string, string>> = {
  simplified: 'упрощённая',
  standard: 'стандартная',
  confirmed: 'подтверждённая',
};
const level = (p: Readonly<Record<string, IssueParam>>): string =>
  LEVELS[String(p['required'])] ?? String(p['required']);
const STATUSES: Readonly<Record<string, string>> = {
  draft: 'Черновик',
  submitted: 'Отправлено',
  passed: 'Передано в ведомство',
  under_review: 'На рассмотрении',
  info_required: 'Требуется дополнительная информация',
  approved: 'Одобрено',
  rejected: 'Отклонено',
  withdrawn: 'Отозвано',
};
const status = (p: Readonly<Record<string, IssueParam>>): string =>
  STATUSES[String(p['from'])] ?? String(p['from']);

export const ru = {
  'application.not_found': 'Заявление не найдено',
  'application.service_unknown': 'Такой услуги нет в каталоге',
  'application.level_too_low': (p: Readonly<Record<string, IssueParam>>) =>
    `Для этой услуги нужна ${level(p)} учётная запись`,
  'application.field_unknown': 'В форме этой услуги нет такого поля',
  'application.field_too_large': 'Значение поля слишком большое',
  'application.field_required': 'Заполните поле',
  'application.attachment_required': 'Приложите этот документ',
  'application.attachment_kind_unknown': 'Эта услуга не принимает документы такого вида',
  'application.attachment_not_found': 'Файл не найден',
  'application.too_many_attachments': 'Слишком много файлов: не больше {max}',
  'application.not_editable': (p: Readonly<Record<string, IssueParam>>) =>
    `Изменить заявление уже нельзя: статус «${status(p)}» (изменять можно до передачи в ведомство)`,
  'application.not_withdrawable': (p: Readonly<Record<string, IssueParam>>) =>
    `Отозвать заявление уже нельзя: статус «${status(p)}» (отозвать можно до передачи в ведомство)`,
  'application.transition_not_allowed': (p: Readonly<Record<string, IssueParam>>) =>
    `В статусе «${status(p)}» это действие недоступно`,
  'application.duty_unpaid': 'Сначала оплатите госпошлину за эту услугу',
  'application.duty_already_used': 'Эта оплата госпошлины уже использована в другом заявлении',
  'application.answer_incomplete': 'Загрузите запрошенный документ, прежде чем отвечать',
  'application.number_format': 'Номер заявления выглядит как ZV-2027-1234567',
  'application.number_checksum': 'В номере заявления опечатка: не сходится контрольная цифра',
  'application.callback.malformed': 'Сообщение ведомства не прочитано',
  'application.callback.signature': 'Неверная подпись сообщения ведомства',
  'application.callback.unknown_case': 'Ведомство сообщило о неизвестном деле',
  'application.certificate_not_found': 'Справка не найдена',
  'application.status.draft': 'Черновик',
  'application.status.submitted': 'Отправлено',
  'application.status.passed': 'Передано в ведомство',
  'application.status.under_review': 'На рассмотрении',
  'application.status.info_required': 'Требуется дополнительная информация',
  'application.status.approved': 'Одобрено',
  'application.status.rejected': 'Отклонено',
  'application.status.withdrawn': 'Отозвано',
  'notice.application.submitted': 'Заявление принято, номер {number}',
  'notice.application.withdrawn': 'Заявление {number} отозвано',
  'notice.application.passed': 'Заявление {number} передано в ведомство',
  'notice.application.under_review': 'Заявление {number} на рассмотрении',
  'notice.application.info_required':
    'По заявлению {number} требуется дополнительная информация до {dueBy}',
  'notice.application.info_reminder':
    'Напоминание: ответьте на запрос по заявлению {number} до {dueBy}',
  'notice.application.answered': 'Ответ по заявлению {number} отправлен, рассмотрение продолжается',
  'notice.application.approved': 'Заявление {number} одобрено',
  'notice.application.rejected': 'Заявление {number} отклонено',
} satisfies Record<string, MessageTemplate>;
