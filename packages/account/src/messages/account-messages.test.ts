import { describe, expect, it } from 'vitest';
import { findCatalogueGaps } from '@kabinet/core';
import { accountMessages } from './account-messages.js';

describe('accountMessages', () => {
  it('DOC-11: every code has a Russian and an English message', () => {
    expect(findCatalogueGaps(accountMessages)).toEqual([]);
  });
});
