import { findCatalogueGaps } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { lockoutMessages } from './lockout-messages.js';

describe('lockoutMessages', () => {
  it('has a Russian and an English message for every code', () => {
    expect(findCatalogueGaps(lockoutMessages)).toEqual([]);
    expect(Object.keys(lockoutMessages.ru).sort()).toEqual(Object.keys(lockoutMessages.en).sort());
  });
});
