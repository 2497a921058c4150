import { findCatalogueGaps, renderIssue } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { supportRequestMessages } from './support-request-messages.js';
import { supportRequestMachine } from './support-request-machine.js';
import { SUPPORT_TOPICS } from './support-topics.js';

describe('supportRequestMessages', () => {
  it('every code has a Russian and an English message', () => {
    expect(findCatalogueGaps(supportRequestMessages)).toEqual([]);
  });

  it('SVC-3: every status and topic has its title: «Получено» … «Решено»', () => {
    for (const status of supportRequestMachine.states)
      for (const locale of ['ru', 'en'] as const)
        expect(supportRequestMessages[locale]).toHaveProperty(`support_request.status.${status}`);
    for (const topic of SUPPORT_TOPICS)
      expect(
        renderIssue(
          { code: `support_request.topic.${topic.id}`, path: [] },
          'ru',
          supportRequestMessages,
        ),
      ).toBe(topic.title.ru);
    expect(
      renderIssue(
        { code: 'support_request.status.received', path: [] },
        'ru',
        supportRequestMessages,
      ),
    ).toBe('Получено');
    expect(
      renderIssue(
        { code: 'support_request.status.resolved', path: [] },
        'ru',
        supportRequestMessages,
      ),
    ).toBe('Решено');
    expect(
      renderIssue(
        {
          code: 'notice.support_request.received',
          path: [],
          params: { number: '20270111-0001', hours: 48 },
        },
        'ru',
        supportRequestMessages,
      ),
    ).toBe('Обращение № 20270111-0001 получено. Результат — в течение 48 ч');
  });
});
