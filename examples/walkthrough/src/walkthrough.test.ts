import { describe, expect, it } from 'vitest';
import { silentPrinter, pick, type Printer, type WalkthroughLocale } from './printer.js';
import { TEST_SCRYPT, runWalkthrough } from './walkthrough.js';

/** A printer that keeps its lines. */
function recordingPrinter(locale: WalkthroughLocale): Printer & { readonly lines: string[] } {
  const lines: string[] = [];
  const keep = (line: Parameters<Printer['step']>[0]) => void lines.push(pick(line, locale));
  return { locale, lines, section: keep, step: keep, note: keep };
}

const CYRILLIC = /[А-Яа-яЁё]/;

describe('walkthrough', () => {
  it('ACC-2, ACC-7, OTP-6, PAY-2, PAY-4, S-14: both people end confirmed, log in with TOTP, pay, and the journal verifies', async () => {
    const result = await runWalkthrough(silentPrinter, { account: { scrypt: TEST_SCRYPT } });
    expect(result).toMatchObject({ journalVerified: true, levels: ['confirmed', 'confirmed'] });
  });

  it('SVC-1, SVC-2, SVC-3, NOTE-2, AUD-2: the confirmed person gets an approved application with its certificate, a booked visit with a verified pass that cannot be cancelled within 24 h, a resolved support request, and notices for all of it', async () => {
    const { services } = await runWalkthrough(silentPrinter, { account: { scrypt: TEST_SCRYPT } });
    expect(services).toEqual({
      applicationStatus: 'approved',
      certificates: 1,
      appointmentState: 'booked',
      lateCancelRefused: true,
      passVerified: true,
      supportStatus: 'resolved',
      notices: expect.any(Number),
    });
    expect(services.notices).toBeGreaterThanOrEqual(10);
  });

  it('--locale en: every line is English (only data keeps Cyrillic: the quoted SMS, duty names, passport names, the SBP label, the service name); ru stays Russian', async () => {
    const en = recordingPrinter('en');
    await runWalkthrough(en, { account: { scrypt: TEST_SCRYPT } });
    const data = /SMS: «.*»|Charge ".*"|Каримов Азиз|Исмаилова Дильноза|СБП|Госуслуги \(демо\)/g;
    const russianLeft = en.lines.filter((line) => CYRILLIC.test(line.replace(data, '')));
    expect(russianLeft).toEqual([]);
    expect(en.lines.length).toBeGreaterThan(60);
    const ru = recordingPrinter('ru');
    await runWalkthrough(ru, { account: { scrypt: TEST_SCRYPT } });
    expect(ru.lines.length).toBe(en.lines.length);
    expect(ru.lines.filter((line) => CYRILLIC.test(line)).length).toBeGreaterThan(40);
  });
});
