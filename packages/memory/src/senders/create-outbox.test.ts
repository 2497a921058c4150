import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createOutbox } from './create-outbox.js';
import { createFakeClock } from '@kabinet/core/testing';

describe('createOutbox', () => {
  it('records SMS, e-mail and push with a sequence number, the clock time and a sent result', async () => {
    const clock = createFakeClock();
    const outbox = createOutbox({ clock });
    expect(
      await outbox.sms.send({
        to: '+79161234567',
        text: 'Код: 482913',
        purpose: 'registration-code',
      }),
    ).toEqual({ status: 'sent', providerMessageId: 'outbox_1' });
    clock.advance(1_000);
    await outbox.email.send({
      to: 'Ivan@Example.ru',
      subject: 'Подтверждение',
      text: 'Код 731904',
      purpose: 'confirmation-code',
    });
    await outbox.push.send({
      accountId: 'acc_1',
      title: 'Вход',
      body: 'Новый вход в кабинет',
      purpose: 'login-alert',
    });
    expect(outbox.messages.map((m) => [m.seq, m.channel, m.to, m.sentAt - clock.now()])).toEqual([
      [1, 'sms', '+79161234567', -1_000],
      [2, 'email', 'Ivan@Example.ru', 0],
      [3, 'push', 'acc_1', 0],
    ]);
    const push = outbox.lastTo('acc_1');
    expect(push?.channel === 'push' && push.body).toBe('Новый вход в кабинет');
  });

  it('lastCode reads the digits of the newest code sent to an address', async () => {
    const outbox = createOutbox();
    await outbox.sms.send({
      to: '+79161234567',
      text: 'Код подтверждения: 111111',
      purpose: 'registration-code',
    });
    await outbox.sms.send({
      to: '+79161234567',
      text: 'Код подтверждения: 222222. Никому не сообщайте его.',
      purpose: 'registration-code',
    });
    await outbox.sms.send({ to: '+79990000000', text: 'Код: 333333', purpose: 'login-code' });
    await outbox.sms.send({
      to: '+79161234567',
      text: 'Номер изменён',
      purpose: 'contact-changed-notice',
    });
    expect(outbox.lastCode('+79161234567')).toBe('222222');
    expect(outbox.lastCode('+79990000000')).toBe('333333');
    expect(outbox.lastCode('+70000000000')).toBeUndefined();
    expect(outbox.lastTo('+79161234567')?.purpose).toBe('contact-changed-notice');
  });

  it('lastCode takes a pattern (first capture group if any) and keeps only digits; e-mail matches case-insensitively', async () => {
    const outbox = createOutbox();
    await outbox.email.send({
      to: 'user@example.ru',
      subject: 'Заявка 20260101',
      text: 'Код: 123-456',
      purpose: 'confirmation-code',
    });
    expect(outbox.lastCode('USER@example.ru')).toBe('20260101');
    expect(outbox.lastCode('user@example.ru', /Код: (\d{3}-\d{3})/)).toBe('123456');
    expect(outbox.lastCode('user@example.ru', /\d{3}-\d{3}/g)).toBe('123456');
    expect(outbox.lastCode('user@example.ru', /нет такого/)).toBeUndefined();
  });

  test.prop([
    fc.stringMatching(/^\d{4,8}$/),
    fc.string({ unit: fc.constantFrom(...'Кодаbc :.,!\n') }),
  ])(
    'lastCode finds any 4–8 digit code wherever it stands in the text (property)',
    async (code, filler) => {
      const outbox = createOutbox();
      await outbox.sms.send({
        to: '+79161234567',
        text: `${filler} ${code} ${filler}`,
        purpose: 'login-code',
      });
      expect(outbox.lastCode('+79161234567')).toBe(code);
    },
  );

  it('failNext fails the next sends (per channel, n times) and failed messages are recorded but never read as codes', async () => {
    const outbox = createOutbox();
    outbox.failNext({ channel: 'sms', reason: 'gateway timeout', retryable: true, times: 2 });
    await outbox.email.send({
      to: 'a@example.ru',
      subject: 's',
      text: 'Код 1234',
      purpose: 'notice',
    });
    const first = await outbox.sms.send({
      to: '+79161234567',
      text: 'Код 111111',
      purpose: 'login-code',
    });
    const second = await outbox.sms.send({
      to: '+79161234567',
      text: 'Код 222222',
      purpose: 'login-code',
    });
    expect(first).toEqual({ status: 'failed', reason: 'gateway timeout', retryable: true });
    expect(second.status).toBe('failed');
    expect(outbox.lastCode('+79161234567')).toBeUndefined();
    expect(
      await outbox.sms.send({ to: '+79161234567', text: 'Код 333333', purpose: 'login-code' }),
    ).toMatchObject({ status: 'sent' });
    expect(outbox.lastCode('+79161234567')).toBe('333333');
    expect(outbox.messages.filter((m) => m.result.status === 'failed')).toHaveLength(2);
  });

  it('a failure rule decides per message', async () => {
    const outbox = createOutbox({
      fail: (m) =>
        m.to.startsWith('+1')
          ? { status: 'failed', reason: 'no route', retryable: false }
          : undefined,
    });
    expect(
      await outbox.sms.send({ to: '+12025550123', text: 'Код 1234', purpose: 'login-code' }),
    ).toEqual({ status: 'failed', reason: 'no route', retryable: false });
    expect(
      (await outbox.sms.send({ to: '+79161234567', text: 'Код 1234', purpose: 'login-code' }))
        .status,
    ).toBe('sent');
  });

  it('keeps only the newest maxMessages; clear() forgets messages and pending failures', async () => {
    const outbox = createOutbox({ maxMessages: 3 });
    for (let i = 0; i < 5; i++)
      await outbox.sms.send({ to: '+79161234567', text: `Код ${1000 + i}`, purpose: 'login-code' });
    expect(outbox.messages.map((m) => m.seq)).toEqual([3, 4, 5]);
    outbox.failNext();
    outbox.clear();
    expect(outbox.messages).toEqual([]);
    expect(
      (await outbox.sms.send({ to: '+79161234567', text: 'x', purpose: 'notice' })).status,
    ).toBe('sent');
  });

  it('messages is a snapshot callers cannot use to change the record', async () => {
    const outbox = createOutbox();
    await outbox.sms.send({ to: '+79161234567', text: 'Код 1234', purpose: 'login-code' });
    (outbox.messages as unknown[]).length = 0;
    expect(outbox.messages).toHaveLength(1);
  });

  it('misuse throws ERR_INVALID_ARGUMENT', () => {
    expect(() => createOutbox({ maxMessages: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => createOutbox().failNext({ times: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
