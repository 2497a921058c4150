import { expectTypeOf } from 'vitest';
import type { JournalPayloadOf } from '@kabinet/audit';
import { SYSTEM, type StepEffects } from './context.js';

// Every step's entry is the catalogue's (`support-request-journal-actions.ts`); `effects` adds
// the request's id, number, topic, status and escalation.
expectTypeOf<JournalPayloadOf<'support_request.closed'>['status']>().not.toBeAny();
const steps: readonly StepEffects[] = [
  { actor: SYSTEM, action: 'support_request.closed' },
  { actor: SYSTEM, action: 'support_request.escalated', payload: { deadlineAt: 1, overdueMs: 2 } },
  // @ts-expect-error a step without its payload
  { actor: SYSTEM, action: 'support_request.taken' },
  // @ts-expect-error a message's counts are numbers (never its text)
  {
    actor: SYSTEM,
    action: 'support_request.operator_replied',
    payload: { from: 'received', textLength: 'hi', attachments: 0 },
  },
  // @ts-expect-error an action outside the catalogue
  { actor: SYSTEM, action: 'support_request.forgotten' },
];
expectTypeOf(steps).toEqualTypeOf<readonly StepEffects[]>();
