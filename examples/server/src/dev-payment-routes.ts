// Development only (mounted with the dev outbox and the simulated provider): queue a decline in
// the simulated bank, so a tester sees a payment fail and retries it. Never in production.
import express, { Router } from 'express';
import { issue, type MessageCatalogue } from '@kabinet/core';
import type { FailureCode } from '@kabinet/ports';
import type { SimulatedPayments } from 'kabinet/testing';
import { replyIssues } from './reply-issues.js';

/** The decline reasons the simulated bank can give (the payments' failure codes, PAY-4). */
export const SIMULATED_DECLINES: readonly FailureCode[] = [
  'insufficient_funds',
  'invalid_details',
  'authentication_failed',
  'limit_exceeded',
  'method_restricted',
  'issuer_unavailable',
  'fraud_suspected',
  'expired',
  'declined_other',
];

/**
 * `POST /dev/payments/fail-next` with `{ reason? }` (default `insufficient_funds`): the next
 * payment the simulated bank confirms is declined with that reason; the one after it goes
 * through as usual. Answers `{ queued: reason }`; an unknown reason is a 422.
 *
 * @param provider - the simulated provider (`kabinet.dev.provider`)
 * @param catalogue - the messages for the issues (`kabinet.messages`)
 * @returns the router to mount at the root
 * @example
 * ```ts
 * if (settings.devOutbox && kabinet.dev.provider) app.use(devPaymentRoutes(kabinet.dev.provider, kabinet.messages));
 * ```
 */
export function devPaymentRoutes(
  provider: SimulatedPayments['provider'],
  catalogue: MessageCatalogue,
): Router {
  const router = Router();
  router.post('/dev/payments/fail-next', express.json(), (req, res) => {
    const reason = (req.body as { reason?: unknown } | undefined)?.reason ?? 'insufficient_funds';
    if (!SIMULATED_DECLINES.includes(reason as FailureCode)) {
      replyIssues(req, res, catalogue, [
        issue('input.not_one_of', ['reason'], { allowed: SIMULATED_DECLINES.join(', ') }),
      ]);
      return;
    }
    provider.queueOutcome({ fail: reason as FailureCode });
    res.json({ queued: reason });
  });
  return router;
}
