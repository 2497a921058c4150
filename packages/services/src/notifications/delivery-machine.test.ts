import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { deliveryMachine } from './delivery-machine.js';
import { renderDeliveryDiagram } from './_lib/render-delivery-diagram.js';

describe('deliveryMachine', () => {
  it('the table: claim a pending one, settle a claimed one; sent and failed are final', () => {
    expect(deliveryMachine.eventsFrom('pending')).toEqual(['claim']);
    expect(deliveryMachine.eventsFrom('sending')).toEqual(['reclaim', 'accept', 'retry', 'refuse']);
    expect(deliveryMachine.eventsFrom('sent')).toEqual([]);
    expect(deliveryMachine.eventsFrom('failed')).toEqual([]);
  });

  test.prop([fc.array(fc.constantFrom(...deliveryMachine.events), { maxLength: 30 })])(
    'any run of events: a delivery is sent at most once, and nothing leaves a final state',
    (events) => {
      let state = deliveryMachine.initial;
      let accepted = 0;
      for (const event of events) {
        const next = deliveryMachine.transition(state, event);
        if (!next.success) {
          expect(next.issues[0]!.code).toBe('state.transition_not_allowed');
          continue;
        }
        expect(deliveryMachine.final).not.toContain(state);
        if (next.data === 'sent') accepted += 1;
        state = next.data;
      }
      expect(accepted).toBeLessThanOrEqual(1);
    },
  );

  it('docs/notifications.md carries exactly the diagram the table renders (regenerate with `pnpm --filter @kabinet/services run diagrams:notifications`)', () => {
    const doc = readFileSync(new URL('../../../../docs/notifications.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderDeliveryDiagram());
    expect(renderDeliveryDiagram()).toContain('sending --> sent : accept');
  });
});
