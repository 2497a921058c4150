import { findCatalogueGaps, renderIssue } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';
import { paymentMessages } from './payment-messages.js';

describe('payment messages', () => {
  it('every code has a Russian and an English message', () => {
    expect(findCatalogueGaps(paymentMessages)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('renders params, and the level gate names the level in Russian', () => {
    expect(
      renderIssue(
        { code: 'uin.checksum', path: [], params: { expected: 3, actual: 4 } },
        'ru',
        paymentMessages,
      ),
    ).toBe('Неверный контрольный разряд УИН: ожидается 3, указан 4');
    expect(
      renderIssue(
        { code: 'payment.level_too_low', path: [], params: { required: 'confirmed' } },
        'ru',
        paymentMessages,
      ),
    ).toBe('Для оплаты этой пошлины нужна подтверждённая учётная запись');
    expect(
      renderIssue(
        { code: 'payment.level_too_low', path: [], params: { required: 'confirmed' } },
        'en',
        paymentMessages,
      ),
    ).toBe('Paying this duty needs an account of the confirmed level');
    expect(renderIssue({ code: 'input.required', path: [] }, 'ru', paymentMessages)).toBe(
      'Поле обязательное',
    );
  });
});
