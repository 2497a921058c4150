import type { IssueParam } from '@kabinet/core/result';
import { pluralRu as plural } from '../../_lib/plural-ru.js';

// Russian messages of document dates and validity (DOC-3, DOC-7).
type Params = Readonly<Record<string, IssueParam>>;

const FIELD: Readonly<Record<string, string>> = {
  issueDate: 'дата выдачи',
  expiryDate: 'срок действия',
  decisionDate: 'дата решения',
  validFrom: 'действует с',
  validUntil: 'действует до',
  entryDate: 'дата въезда',
};

export const documentValidityRu = {
  'document.date': (p: Params) =>
    `Неверный формат даты в поле «${FIELD[String(p['field'])] ?? String(p['field'])}»: нужно ДД.ММ.ГГГГ`,
  'document.expired': 'Срок действия документа истёк {expiryDate}',
  'document.validity_too_short': (p: Params) => {
    const months = Number(p['months']);
    return `Документ должен быть действителен ещё не менее ${months} ${plural(months, 'месяца', 'месяцев', 'месяцев')} — до ${String(p['requiredUntil'])}; срок действия истекает ${String(p['expiryDate'])}`;
  },
  'document.expires_too_soon': (p: Params) => {
    const days = Number(p['days']);
    return `Документ должен быть действителен ещё не менее ${days} ${plural(days, 'дня', 'дней', 'дней')}; срок действия истекает ${String(p['expiryDate'])}`;
  },
  'document.expires_soon': (p: Params) => {
    const days = Number(p['days']);
    return `Срок действия документа истекает ${String(p['expiryDate'])}: осталось ${days} ${plural(days, 'день', 'дня', 'дней')}`;
  },
  'document.expiry_before_issue': 'Срок действия не может заканчиваться раньше даты выдачи',
  'document.issue_in_future': 'Дата выдачи не может быть в будущем',
} as const;
