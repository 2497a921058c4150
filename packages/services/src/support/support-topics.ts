/**
 * What a support request is about, as data: the topics a user picks from (access problems,
 * documents, payments, applications, appointments, other). Each names the account operations
 * support may perform on the request's trail (ACC-9): an access problem may end in an unblock
 * or a restored access.
 *
 * @example
 * ```ts
 * SUPPORT_TOPICS.map((t) => t.id); // ['access', 'documents', 'payments', 'applications', 'appointments', 'other']
 * SUPPORT_TOPICS.find((t) => t.id === 'access')?.title.ru; // 'Проблемы с доступом'
 * ```
 */
export const SUPPORT_TOPICS = [
  { id: 'access', title: { ru: 'Проблемы с доступом', en: 'Access problems' }, accountActions: ['unblock', 'restore_access'] },
  { id: 'documents', title: { ru: 'Документы', en: 'Documents' }, accountActions: [] },
  { id: 'payments', title: { ru: 'Платежи', en: 'Payments' }, accountActions: [] },
  { id: 'applications', title: { ru: 'Заявления', en: 'Applications' }, accountActions: [] },
  { id: 'appointments', title: { ru: 'Запись на приём', en: 'Appointments' }, accountActions: [] },
  { id: 'other', title: { ru: 'Другое', en: 'Other' }, accountActions: [] },
] as const satisfies readonly { id: string; title: { ru: string; en: string }; accountActions: readonly string[] }[];

/**
 * A topic id.
 *
 * @example
 * ```ts
 * const topic: SupportTopic = 'access';
 * ```
 */
export type SupportTopic = (typeof SUPPORT_TOPICS)[number]['id'];
