import type { OtpChannel } from '../challenge-record.js';

/** A phone without separators (`+7 (916) 123-45-67` → `+79161234567`), an e-mail trimmed and lower-cased. */
export function normalizeDestination(channel: OtpChannel, destination: string): string {
  const trimmed = destination.trim();
  return channel === 'sms' ? trimmed.replace(/[\s()\-.]/gu, '') : trimmed.toLowerCase();
}
