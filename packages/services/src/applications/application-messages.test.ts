import { findCatalogueGaps, renderIssue } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { applicationMachine } from './application-machine.js';
import { applicationMessages } from './application-messages.js';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

describe('application messages', () => {
  it('every code has a Russian and an English message, and every status and notice of the table has one', () => {
    expect(findCatalogueGaps(applicationMessages)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const status of applicationMachine.states)
      expect(Object.keys(ru)).toContain(`application.status.${status}`);
    for (const status of [
      'submitted',
      'withdrawn',
      'passed',
      'under_review',
      'info_required',
      'info_reminder',
      'answered',
      'approved',
      'rejected',
    ]) {
      expect(Object.keys(ru)).toContain(`notice.application.${status}`);
    }
  });

  it('SVC-1: the statuses read as the portal names them, and a late edit says why', () => {
    expect(
      renderIssue({ code: 'application.status.under_review', path: [] }, 'ru', applicationMessages),
    ).toBe('На рассмотрении');
    expect(
      renderIssue(
        { code: 'application.status.info_required', path: [] },
        'ru',
        applicationMessages,
      ),
    ).toBe('Требуется дополнительная информация');
    expect(
      renderIssue({ code: 'application.status.approved', path: [] }, 'ru', applicationMessages),
    ).toBe('Одобрено');
    expect(
      renderIssue({ code: 'application.status.rejected', path: [] }, 'ru', applicationMessages),
    ).toBe('Отклонено');
    expect(
      renderIssue(
        {
          code: 'application.not_editable',
          path: [],
          params: { from: 'under_review', event: 'edit' },
        },
        'ru',
        applicationMessages,
      ),
    ).toBe(
      'Изменить заявление уже нельзя: статус «На рассмотрении» (изменять можно до передачи в ведомство)',
    );
    expect(
      renderIssue(
        { code: 'application.level_too_low', path: [], params: { required: 'confirmed' } },
        'ru',
        applicationMessages,
      ),
    ).toBe('Для этой услуги нужна подтверждённая учётная запись');
  });
});
