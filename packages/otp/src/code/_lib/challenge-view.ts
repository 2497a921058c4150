import type { ChallengeRecord, ChallengeView } from '../challenge-record.js';

/** What callers may see of a challenge: everything but the MACs and key ids. */
export function toView(record: ChallengeRecord): ChallengeView {
  return {
    id: record.id,
    purpose: record.purpose,
    channel: record.channel,
    subject: record.subject,
    destinationMasked: record.destinationMasked,
    destinationBlind: record.destinationBlind,
    issuedAt: record.issuedAt,
    codeExpiresAt: record.codeExpiresAt,
    attempts: record.attempts,
    maxAttempts: record.maxAttempts,
    ...(record.consumedAt === undefined ? {} : { consumedAt: record.consumedAt }),
  };
}
