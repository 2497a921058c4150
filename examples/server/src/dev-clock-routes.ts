// Development only (mounted with the dev outbox): read and move the server's clock, so a
// browser test reaches "less than 24 hours before the appointment" or the end of a lockout
// without waiting. Never mounted in production: it would let anyone skip every time limit.
import express, { Router } from 'express';
import { issue, type Issue, type MessageCatalogue } from '@kabinet/core';
import type { DevClock } from './dev-clock.js';
import { replyIssues } from './reply-issues.js';

/** The largest single step: a year, enough for any rule's wait (a two-year step is two calls). */
export const MAX_DEV_CLOCK_STEP_MS = 366 * 86_400_000;

function stepIssues(body: unknown): Issue[] {
  const ms = (body as { ms?: unknown } | undefined)?.ms;
  if (ms === undefined || ms === null) return [issue('input.required', ['ms'])];
  if (typeof ms !== 'number') return [issue('input.wrong_type', ['ms'], { expected: 'number' })];
  if (!Number.isInteger(ms)) return [issue('input.not_an_integer', ['ms'])];
  if (ms < 1) return [issue('input.too_small', ['ms'], { min: 1 })];
  if (ms > MAX_DEV_CLOCK_STEP_MS)
    return [issue('input.too_large', ['ms'], { max: MAX_DEV_CLOCK_STEP_MS })];
  return [];
}

/**
 * `GET /dev/clock` answers `{ now, offsetMs }` (now as an ISO string); `POST /dev/clock/advance`
 * with `{ ms }` moves the clock forward and answers the same. A bad step is a 422 with the
 * issue rendered in the request's `Accept-Language`.
 *
 * @param clock - the server's dev clock
 * @param catalogue - the messages for the issues (`kabinet.messages`)
 * @returns the router to mount at the root
 * @example
 * ```ts
 * if (settings.devOutbox) app.use(devClockRoutes(devClock, kabinet.messages));
 * ```
 */
export function devClockRoutes(clock: DevClock, catalogue: MessageCatalogue): Router {
  const router = Router();
  const state = () => ({ now: new Date(clock.now()).toISOString(), offsetMs: clock.offsetMs() });
  router.get('/dev/clock', (_req, res) => {
    res.json(state());
  });
  router.post('/dev/clock/advance', express.json(), (req, res) => {
    const issues = stepIssues(req.body);
    if (issues.length > 0) {
      replyIssues(req, res, catalogue, issues);
      return;
    }
    clock.advance((req.body as { ms: number }).ms);
    res.json(state());
  });
  return router;
}
