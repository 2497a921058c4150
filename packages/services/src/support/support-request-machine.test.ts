import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { renderSupportRequestDiagram } from './render-support-request-diagram.js';
import { supportRequestMachine, type SupportRequestStatus } from './support-request-machine.js';

const EDGES = [
  'received->in_progress:take',
  'received->waiting_for_user:request_info',
  'in_progress->waiting_for_user:request_info',
  'waiting_for_user->in_progress:user_replied',
  'received->resolved:resolve',
  'in_progress->resolved:resolve',
  'waiting_for_user->resolved:resolve',
  'resolved->in_progress:reopen',
  'resolved->closed:close',
];

describe('support request machine', () => {
  it('SVC-3: from «Получено» (received) through in progress and waiting for the user to «Решено» (resolved); exactly these edges', () => {
    const edges: string[] = [];
    for (const rule of supportRequestMachine.transitions)
      for (const from of typeof rule.from === 'string' ? [rule.from] : rule.from)
        edges.push(`${from}->${rule.to}:${rule.event}`);
    expect(edges.sort()).toEqual([...EDGES].sort());
    expect(supportRequestMachine.initial).toBe('received');
  });

  it('SVC-3: a user reply returns a request waiting for the user to work; closed is final', () => {
    expect(supportRequestMachine.transition('waiting_for_user', 'user_replied')).toEqual({
      success: true,
      data: 'in_progress',
    });
    expect(supportRequestMachine.eventsFrom('closed')).toEqual([]);
    expect(supportRequestMachine.transition('closed', 'reopen').success).toBe(false);
  });

  test.prop([fc.array(fc.constantFrom(...supportRequestMachine.events), { maxLength: 40 })])(
    'SVC-3: no event sequence leaves the table; «Решено» is reached only by resolve, and closed only from resolved',
    (events) => {
      let state: SupportRequestStatus = supportRequestMachine.initial;
      for (const event of events) {
        const next = supportRequestMachine.transition(state, event);
        if (!next.success) {
          expect(supportRequestMachine.can(state, event)).toBe(false);
          continue;
        }
        expect(EDGES).toContain(`${state}->${next.data}:${event}`);
        if (next.data === 'resolved') expect(event).toBe('resolve');
        if (next.data === 'closed') expect(state).toBe('resolved');
        state = next.data;
      }
    },
  );

  it('docs/support-requests.md carries exactly the diagram the table renders (regenerate with `pnpm --filter @kabinet/services run diagrams:support`)', () => {
    const doc = readFileSync(
      new URL('../../../../docs/support-requests.md', import.meta.url),
      'utf8',
    );
    expect(doc).toContain(renderSupportRequestDiagram());
    expect(renderSupportRequestDiagram()).toContain(
      'waiting_for_user --> in_progress : user_replied',
    );
  });
});
