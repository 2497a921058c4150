import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { ATTEMPT_STATUS_EDGES, PAYMENT_STATUS_EDGES } from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { renderPaymentDiagrams } from '../_lib/render-payment-diagrams.js';
import { attemptMachine } from './attempt-machine.js';
import { paymentMachine } from './payment-machine.js';

function edgesOf(machine: typeof paymentMachine | typeof attemptMachine): string[] {
  const out = new Set<string>();
  for (const rule of machine.transitions)
    for (const from of typeof rule.from === 'string' ? [rule.from] : rule.from)
      out.add(`${from}->${rule.to}`);
  return [...out].sort();
}

describe('transition tables', () => {
  it('the payment machine has exactly the edges every store enforces (PAYMENT_STATUS_EDGES)', () => {
    expect(edgesOf(paymentMachine)).toEqual(
      PAYMENT_STATUS_EDGES.map(([a, b]) => `${a}->${b}`).sort(),
    );
  });

  it('the attempt machine has exactly ATTEMPT_STATUS_EDGES', () => {
    expect(edgesOf(attemptMachine)).toEqual(
      ATTEMPT_STATUS_EDGES.map(([a, b]) => `${a}->${b}`).sort(),
    );
  });

  it('PAY-4: a failed payment may start a new attempt; paid never goes back; canceled and refunded are terminal', () => {
    expect(paymentMachine.transition('failed', 'start')).toEqual({
      success: true,
      data: 'requires_action',
    });
    expect(paymentMachine.transition('failed', 'submit')).toEqual({
      success: true,
      data: 'processing',
    });
    for (const event of paymentMachine.events) {
      expect(paymentMachine.can('canceled', event)).toBe(false);
      expect(paymentMachine.can('refunded', event)).toBe(false);
    }
    expect(paymentMachine.eventsFrom('paid').sort()).toEqual(['reconcile', 'refund']);
    expect(paymentMachine.transition('paid', 'fail')).toEqual({
      success: false,
      issues: [
        {
          code: 'state.transition_not_allowed',
          path: [],
          params: { machine: 'payment', from: 'paid', event: 'fail' },
        },
      ],
    });
  });

  it('attempts only move forward; terminal attempts have no way out', () => {
    for (const terminal of ['succeeded', 'failed', 'canceled'] as const)
      expect(attemptMachine.eventsFrom(terminal)).toEqual([]);
    expect(attemptMachine.can('processing', 'require_action')).toBe(false);
  });

  test.prop([fc.array(fc.constantFrom(...paymentMachine.events), { maxLength: 40 })])(
    'no sequence of events leaves the payment table: every applied event is a table edge, rejected ones change nothing',
    (events) => {
      let state: (typeof paymentMachine.states)[number] = paymentMachine.initial;
      for (const event of events) {
        const next = paymentMachine.transition(state, event);
        if (next.success) {
          expect(PAYMENT_STATUS_EDGES.some(([a, b]) => a === state && b === next.data)).toBe(true);
          state = next.data;
        } else {
          expect(paymentMachine.can(state, event)).toBe(false);
        }
      }
      expect(paymentMachine.states).toContain(state);
    },
  );

  it('renders a Mermaid diagram for the docs', () => {
    expect(paymentMachine.toMermaid()).toContain('paid --> reconciled : reconcile');
    expect(attemptMachine.toMermaid()).toContain('authorized --> succeeded : succeed');
  });
});

describe('docs/payments.md', () => {
  it('carries exactly the diagrams the tables render (regenerate with `pnpm --filter @kabinet/payments run diagrams`)', () => {
    const doc = readFileSync(new URL('../../../../docs/payments.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderPaymentDiagrams());
  });
});
