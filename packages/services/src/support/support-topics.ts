/**
 * A topic id: access problems, documents, payments, applications, appointments, other.
 *
 * @example
 * ```ts
 * const topic: SupportTopic = 'access';
 * ```
 */
export type SupportTopic =
  'access' | 'documents' | 'payments' | 'applications' | 'appointments' | 'other';

/**
 * One topic of {@link SUPPORT_TOPICS}.
 *
 * @example
 * ```ts
 * const access: SupportTopicDefinition = { id: 'access', title: { ru: 'Проблемы с доступом', en: 'Access problems' }, accountActions: ['unblock', 'restore_access'] };
 * ```
 */
export interface SupportTopicDefinition {
  /** The id a request carries. */
  readonly id: SupportTopic;
  /** What users see. */
  readonly title: {
    /** In Russian. */
    readonly ru: string;
    /** In English. */
    readonly en: string;
  };
  /** The account operations support may perform on such a request's trail (ACC-9). */
  readonly accountActions: readonly ('unblock' | 'restore_access')[];
}

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
export const SUPPORT_TOPICS: readonly SupportTopicDefinition[] = [
  {
    id: 'access',
    title: { ru: 'Проблемы с доступом', en: 'Access problems' },
    accountActions: ['unblock', 'restore_access'],
  },
  { id: 'documents', title: { ru: 'Документы', en: 'Documents' }, accountActions: [] },
  { id: 'payments', title: { ru: 'Платежи', en: 'Payments' }, accountActions: [] },
  { id: 'applications', title: { ru: 'Заявления', en: 'Applications' }, accountActions: [] },
  { id: 'appointments', title: { ru: 'Запись на приём', en: 'Appointments' }, accountActions: [] },
  { id: 'other', title: { ru: 'Другое', en: 'Other' }, accountActions: [] },
];
