import { describe, expect, it } from 'vitest';
import { OTHER_SESSION, SESSION, issued, setup, wrongCode } from '../../test/otp-fixtures.js';

describe('createOtpService', () => {
  it('CONTACT-3: phone and e-mail get their own codes, confirmed independently; complete only when both are entered', async () => {
    const { otp } = setup();
    const sms = await issued(otp);
    const email = await issued(otp, { channel: 'email', destination: 'Anna@Example.org' });
    const ids = [sms.challengeId, email.challengeId];
    const status = (): ReturnType<typeof otp.confirmationStatus> =>
      otp.confirmationStatus({
        sessionId: SESSION,
        challengeIds: ids,
        requireChannels: ['sms', 'email'],
      });
    // Each code only opens its own challenge.
    if (sms.code !== email.code) {
      expect(
        (await otp.verify({ challengeId: email.challengeId, sessionId: SESSION, code: sms.code }))
          .outcome,
      ).toBe('wrong');
    }
    expect(
      (await otp.verify({ challengeId: sms.challengeId, sessionId: SESSION, code: sms.code }))
        .outcome,
    ).toBe('ok');
    expect(await status()).toMatchObject({ complete: false, pending: [email.challengeId] });
    // A wrong e-mail code does not undo the phone confirmation.
    expect(
      (
        await otp.verify({
          challengeId: email.challengeId,
          sessionId: SESSION,
          code: wrongCode(email.code),
        })
      ).outcome,
    ).toBe('wrong');
    expect((await status()).confirmed.map((c) => c.channel)).toEqual(['sms']);
    expect(
      (await otp.verify({ challengeId: email.challengeId, sessionId: SESSION, code: email.code }))
        .outcome,
    ).toBe('ok');
    expect(await status()).toMatchObject({ complete: true, pending: [] });
    // Another session sees nothing confirmed; one channel alone is never complete.
    expect(
      (await otp.confirmationStatus({ sessionId: OTHER_SESSION, challengeIds: ids })).complete,
    ).toBe(false);
    expect(
      (
        await otp.confirmationStatus({
          sessionId: SESSION,
          challengeIds: [sms.challengeId],
          requireChannels: ['sms', 'email'],
        })
      ).complete,
    ).toBe(false);
    expect((await otp.confirmationStatus({ sessionId: SESSION, challengeIds: [] })).complete).toBe(
      false,
    );
  });
});
