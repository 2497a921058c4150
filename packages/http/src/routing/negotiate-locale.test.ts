import { expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { negotiateLocale } from './negotiate-locale.js';

test.prop([fc.string()])('any header yields ru or en, never a throw', (header) => {
  expect(['ru', 'en']).toContain(negotiateLocale(header));
});

it('honours q-values and defaults to ru', () => {
  expect(negotiateLocale('en-GB,en;q=0.9,ru;q=0.5')).toBe('en');
  expect(negotiateLocale('ru;q=0.9,en;q=0.8')).toBe('ru');
  expect(negotiateLocale('de,en;q=0.1')).toBe('en');
  expect(negotiateLocale('de')).toBe('ru');
  expect(negotiateLocale(undefined)).toBe('ru');
});
