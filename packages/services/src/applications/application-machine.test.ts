import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { renderApplicationDiagram } from './_lib/render-application-diagram.js';
import { applicationMachine, type ApplicationStatus } from './application-machine.js';

const { states, events } = applicationMachine;
const CLOSED: readonly ApplicationStatus[] = ['approved', 'rejected', 'withdrawn'];
const AFTER_HANDOVER: readonly ApplicationStatus[] = [
  'passed',
  'under_review',
  'info_required',
  'approved',
  'rejected',
];

function reachable(from: ApplicationStatus): Set<ApplicationStatus> {
  const seen = new Set<ApplicationStatus>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const event of events) {
      const next = applicationMachine.transition(state, event);
      if (next.success && !seen.has(next.data)) {
        seen.add(next.data);
        queue.push(next.data);
      }
    }
  }
  return seen;
}

describe('the application table (SVC-1)', () => {
  it('SVC-1: every state is reachable from draft, and every open state can still end', () => {
    expect([...reachable('draft')].sort()).toEqual([...states].sort());
    for (const state of states) {
      if (CLOSED.includes(state)) expect(applicationMachine.eventsFrom(state)).toEqual([]);
      else expect(CLOSED.some((end) => reachable(state).has(end))).toBe(true);
    }
  });

  it('SVC-1: edit and withdraw exactly in draft and submitted; the user answers only a request for information', () => {
    expect(states.filter((s) => applicationMachine.can(s, 'edit'))).toEqual(['draft', 'submitted']);
    expect(states.filter((s) => applicationMachine.can(s, 'withdraw'))).toEqual([
      'draft',
      'submitted',
    ]);
    expect(states.filter((s) => applicationMachine.can(s, 'answer'))).toEqual(['info_required']);
    expect(applicationMachine.transition('info_required', 'answer')).toEqual({
      success: true,
      data: 'under_review',
    });
    expect(applicationMachine.transition('passed', 'withdraw')).toEqual({
      success: false,
      issues: [
        {
          code: 'state.transition_not_allowed',
          path: [],
          params: { machine: 'application', from: 'passed', event: 'withdraw' },
        },
      ],
    });
  });

  // A walk that mostly takes allowed events (so it gets past the hand-over) and sometimes any event.
  test.prop([fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 60 })])(
    'SVC-1: no sequence of events edits or withdraws an application once it was passed to the authority',
    (walk) => {
      let state: ApplicationStatus = applicationMachine.initial;
      let handedOver = false;
      for (const [allowedOnly, pick] of walk) {
        const choices =
          allowedOnly && applicationMachine.eventsFrom(state).length > 0
            ? applicationMachine.eventsFrom(state)
            : events;
        const event = choices[pick % choices.length]!;
        const next = applicationMachine.transition(state, event);
        if (handedOver && (event === 'edit' || event === 'withdraw' || event === 'submit'))
          expect(next.success).toBe(false);
        if (!next.success) {
          expect(applicationMachine.can(state, event)).toBe(false);
          continue;
        }
        state = next.data;
        if (AFTER_HANDOVER.includes(state)) handedOver = true;
        if (handedOver) expect(state).not.toBe('withdrawn');
      }
    },
  );

  test.prop([
    fc.constantFrom<ApplicationStatus>('passed', 'under_review', 'info_required'),
    fc.constantFrom('review', 'request_info', 'approve', 'reject' as const),
  ])(
    'SVC-1: from any open state after the hand-over, the authority’s report of another status is a table edge (reports converge in any order)',
    (state, event) => {
      const target = {
        review: 'under_review',
        request_info: 'info_required',
        approve: 'approved',
        reject: 'rejected',
      }[event];
      if (target === state) return;
      expect(applicationMachine.transition(state, event)).toEqual({ success: true, data: target });
    },
  );

  it('docs/applications.md carries the diagram the table renders (regenerate with `pnpm --filter @kabinet/services run diagrams:applications`)', () => {
    expect(applicationMachine.toMermaid()).toContain('submitted --> passed : pass');
    const doc = readFileSync(new URL('../../../../docs/applications.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderApplicationDiagram());
  });
});
