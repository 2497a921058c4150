import { describe, expect, it } from 'vitest';
import { findCatalogueGaps } from './catalogue.js';
import { coreMessages } from './core-messages.js';

describe('coreMessages', () => {
  it('has a Russian and an English message for every core code', () => {
    expect(findCatalogueGaps(coreMessages)).toStrictEqual([]);
    expect(Object.keys(coreMessages.en).sort()).toStrictEqual(Object.keys(coreMessages.ru).sort());
  });

  it('DOC-11: uses the portal wording for the generic input errors', () => {
    expect(coreMessages.ru['input.required']).toBe('Поле обязательное');
    expect(coreMessages.ru['input.wrong_format']).toBe('Неверный формат');
    expect(coreMessages.ru['input.not_enough_data']).toBe('Недостаточно данных');
  });

  it('uses dot-namespaced codes', () => {
    for (const code of Object.keys(coreMessages.ru)) expect(code).toMatch(/^[a-z]+(\.[a-z_]+)+$/);
  });
});
