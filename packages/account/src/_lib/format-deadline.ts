import { dateOfInstant, formatDate } from '@kabinet/validators/date';

/** A deadline as people read it in Moscow time: `ДД.ММ.ГГГГ ЧЧ:ММ (МСК)`. */
export function formatDeadline(epochMs: number): string {
  const moscow = new Date(epochMs + 180 * 60_000);
  const hh = String(moscow.getUTCHours()).padStart(2, '0');
  const mm = String(moscow.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(dateOfInstant(epochMs, 180))} ${hh}:${mm} (МСК)`;
}
