// Development only (mounted with the dev outbox): script what the simulated authority and the
// simulated identity registry answer next, so a tester walks a chosen path (an application
// asked for more information, a registry mismatch with its 48-hour clarification) on purpose
// instead of by the simulator's draw. Never in production.
import express, { Router, type Request, type Response } from 'express';
import { issue, type Issue, type MessageCatalogue } from '@kabinet/core';
import type { Kabinet } from 'kabinet';
import type { simulatedAgency } from 'kabinet/testing';
import { replyIssues } from './reply-issues.js';

const AGENCY_STATUSES = ['under_review', 'info_required', 'approved', 'rejected'] as const;
const DEFECT_REASONS = ['not_found', 'mismatch', 'expired', 'invalid', 'unreadable'] as const;
const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length <= 200);

/** What the routes script: the simulated authority and registry, when the server runs them. */
export interface DevScriptTargets {
  readonly agency?: ReturnType<typeof simulatedAgency>;
  readonly registry?: Kabinet['dev']['registry'];
}

/**
 * `POST /dev/agency/{applicationId}/script` with `{ steps: [{ status, items?, note?, reasons? }] }`
 * sets the steps the simulated authority reports for the application (`/dev/agency/{id}/next`
 * reports them one by one); `POST /dev/registry/respond` with `{ accountId, outcome }` queues
 * the simulated registry's next answer for that account's checks (`{ status: 'mismatch',
 * defects: [{ field, reason, document? }] }`, `{ status: 'confirmed' }` or `{ status:
 * 'delayed', retryAfterMs }`). Both answer `{ scripted: n }`; bad input is a 422 with issues.
 *
 * @param targets - the simulated authority and registry (either may be absent: its route is not mounted)
 * @param catalogue - the messages for the issues (`kabinet.messages`)
 * @returns the router to mount at the root
 * @example
 * ```ts
 * if (settings.devOutbox) app.use(devScriptRoutes({ agency, registry: kabinet.dev.registry }, kabinet.messages));
 * ```
 */
export function devScriptRoutes(targets: DevScriptTargets, catalogue: MessageCatalogue): Router {
  const router = Router();
  const refuse = (req: Request, res: Response, issues: Issue[]): boolean => {
    if (issues.length === 0) return false;
    replyIssues(req, res, catalogue, issues);
    return true;
  };
  const { agency, registry } = targets;
  if (agency !== undefined)
    router.post('/dev/agency/:applicationId/script', express.json(), (req, res) => {
      const steps = (req.body as { steps?: unknown } | undefined)?.steps;
      const issues: Issue[] = [];
      if (!Array.isArray(steps) || steps.length === 0 || steps.length > 20)
        issues.push(issue('input.required', ['steps']));
      else
        steps.forEach((step: unknown, i) => {
          const s = (typeof step === 'object' && step !== null ? step : {}) as Record<
            string,
            unknown
          >;
          if (!AGENCY_STATUSES.includes(s.status as never))
            issues.push(
              issue('input.not_one_of', ['steps', i, 'status'], {
                allowed: AGENCY_STATUSES.join(', '),
              }),
            );
          for (const list of ['items', 'reasons'] as const)
            if (s[list] !== undefined && !strings(s[list]))
              issues.push(issue('input.wrong_format', ['steps', i, list]));
          if (s.note !== undefined && typeof s.note !== 'string')
            issues.push(issue('input.wrong_format', ['steps', i, 'note']));
        });
      if (refuse(req, res, issues)) return;
      const script = (steps as Record<string, unknown>[]).map((s) => ({
        status: s.status as (typeof AGENCY_STATUSES)[number],
        ...(s.items === undefined ? {} : { items: s.items as string[] }),
        ...(s.reasons === undefined ? {} : { reasons: s.reasons as string[] }),
        ...(s.note === undefined ? {} : { note: s.note as string }),
      }));
      agency.script(req.params.applicationId, script);
      res.json({ scripted: script.length });
    });
  if (registry !== undefined)
    router.post('/dev/registry/respond', express.json(), (req, res) => {
      const body = (req.body ?? {}) as { accountId?: unknown; outcome?: unknown };
      const outcome = (
        typeof body.outcome === 'object' && body.outcome !== null ? body.outcome : {}
      ) as Record<string, unknown>;
      const issues: Issue[] = [];
      if (typeof body.accountId !== 'string' || body.accountId === '')
        issues.push(issue('input.required', ['accountId']));
      const defects = Array.isArray(outcome.defects) ? (outcome.defects as unknown[]) : [];
      if (outcome.status === 'mismatch') {
        if (defects.length === 0) issues.push(issue('input.required', ['outcome', 'defects']));
        defects.forEach((d, i) => {
          const defect = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
          if (typeof defect.field !== 'string' || defect.field === '')
            issues.push(issue('input.required', ['outcome', 'defects', i, 'field']));
          if (!DEFECT_REASONS.includes(defect.reason as never))
            issues.push(
              issue('input.not_one_of', ['outcome', 'defects', i, 'reason'], {
                allowed: DEFECT_REASONS.join(', '),
              }),
            );
        });
      } else if (outcome.status === 'delayed') {
        if (typeof outcome.retryAfterMs !== 'number' || !(outcome.retryAfterMs > 0))
          issues.push(issue('input.wrong_format', ['outcome', 'retryAfterMs']));
      } else if (outcome.status !== 'confirmed')
        issues.push(
          issue('input.not_one_of', ['outcome', 'status'], {
            allowed: 'confirmed, mismatch, delayed',
          }),
        );
      if (refuse(req, res, issues)) return;
      registry.respondFor(body.accountId as string, outcome as never);
      res.json({ scripted: 1 });
    });
  return router;
}
