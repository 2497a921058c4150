import { KabinetError } from '@kabinet/core';
import { createOutbox } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { SESSION, setup, smsInput } from '../../test/otp-fixtures.js';

describe('createOtpService', () => {
  it('OTP-1: issueAndSend sends the code by SMS or e-mail with the catalogue text and returns no code', async () => {
    const { otp, challenges, clock } = setup();
    const outbox = createOutbox({ clock });
    const sent = await otp.issueAndSend(smsInput({ destination: '+7 916 123-45-67' }), outbox);
    expect(sent.success).toBe(true);
    if (!sent.success) return;
    expect(sent.data).not.toHaveProperty('code');
    expect(sent.data.delivery).toMatchObject({ status: 'sent' });
    const message = outbox.lastTo('+79161234567');
    expect(message).toMatchObject({ channel: 'sms', purpose: 'registration-code' });
    const code = outbox.lastCode('+79161234567')!;
    expect(message?.channel === 'sms' && message.text).toContain('Код подтверждения');
    expect(JSON.stringify(challenges.peek(sent.data.challengeId))).not.toContain(code);
    expect(
      (await otp.verify({ challengeId: sent.data.challengeId, sessionId: SESSION, code })).outcome,
    ).toBe('ok');

    const mail = await otp.issueAndSend(
      smsInput({ channel: 'email', destination: 'anna@example.org', purpose: 'login' }),
      outbox,
      { locale: 'en' },
    );
    expect(outbox.lastTo('anna@example.org')).toMatchObject({
      channel: 'email',
      purpose: 'login-code',
      subject: 'Confirmation code',
    });
    outbox.failNext({ channel: 'sms', reason: 'gateway down' });
    const failed = await otp.issueAndSend(smsInput({ purpose: 'payment' }), outbox);
    expect(failed.success && failed.data.delivery).toMatchObject({
      status: 'failed',
      reason: 'gateway down',
    });
    expect(mail.success).toBe(true);
  });

  it('a sender that throws surfaces as ERR_SEND', async () => {
    const { otp } = setup();
    const broken = {
      sms: { send: () => Promise.reject(new Error('boom')) },
      email: { send: () => Promise.reject(new Error('boom')) },
    };
    await expect(otp.issueAndSend(smsInput(), broken)).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_SEND',
    );
  });
});
