import { findCatalogueGaps, renderIssue } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { otpMessages } from './otp-messages.js';

describe('otpMessages', () => {
  it('has a Russian and an English message for every code', () => {
    expect(findCatalogueGaps(otpMessages)).toEqual([]);
    expect(Object.keys(otpMessages.ru).sort()).toEqual(Object.keys(otpMessages.en).sort());
  });

  it('fills the code and the lifetime into the SMS text', () => {
    const text = renderIssue(
      { code: 'otp.message.sms', path: [], params: { code: '042917', minutes: 10 } },
      'ru',
      otpMessages,
    );
    expect(text).toBe('Код подтверждения: 042917. Действует 10 мин. Никому его не сообщайте');
  });
});
