import { describe, expect, it } from 'vitest';
import { findCatalogueGaps, renderIssue } from '@kabinet/core';
import { auditMessages } from './audit-messages.js';
import { JOURNAL_ACTIONS } from '../actions/journal-actions.js';

describe('auditMessages', () => {
  it('has a Russian and an English message for every code', () => {
    expect(findCatalogueGaps(auditMessages)).toEqual([]);
  });

  it('AUD-2: labels every action of the catalogue in both languages', () => {
    for (const action of JOURNAL_ACTIONS) {
      expect(auditMessages.ru[`audit.action.${action}`]).toBeTypeOf('string');
      expect(auditMessages.en[`audit.action.${action}`]).toBeTypeOf('string');
    }
  });

  it('renders parameters', () => {
    expect(
      renderIssue(
        { code: 'audit.chain.broken_link', path: [], params: { seq: 7 } },
        'ru',
        auditMessages,
      ),
    ).toContain('№7');
    expect(
      renderIssue(
        { code: 'audit.checkpoint.beyond_end', path: [], params: { seq: 4, size: 6 } },
        'en',
        auditMessages,
      ),
    ).toBe('The journal was cut off: 6 entries were signed, 4 are left');
  });
});
