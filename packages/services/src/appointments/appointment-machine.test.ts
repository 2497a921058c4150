import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { renderAppointmentDiagram } from './_lib/render-appointment-diagram.js';
import { appointmentMachine, type AppointmentState } from './appointment-machine.js';

const event = fc.constantFrom(...appointmentMachine.events);

describe('appointment machine', () => {
  test.prop([fc.array(event, { maxLength: 30 })])(
    'SVC-2: any event sequence stays in the table; a final state accepts nothing; only a booking is checked in or a no-show',
    (events) => {
      let state: AppointmentState = appointmentMachine.initial;
      for (const e of events) {
        const step = appointmentMachine.transition(state, e);
        if (appointmentMachine.final?.includes(state)) expect(step.success).toBe(false);
        if (!step.success) continue;
        if (step.data === 'checked_in' || step.data === 'no_show') expect(state).toBe('booked');
        if (step.data === 'booked') expect(['held', 'booked']).toContain(state);
        state = step.data;
      }
    },
  );

  it('SVC-2: held → booked → moved → checked in; a hold lapses to expired; a cancelled one stays cancelled', () => {
    expect(appointmentMachine.transition('held', 'confirm')).toEqual({
      success: true,
      data: 'booked',
    });
    expect(appointmentMachine.transition('booked', 'move')).toEqual({
      success: true,
      data: 'booked',
    });
    expect(appointmentMachine.transition('booked', 'check_in')).toEqual({
      success: true,
      data: 'checked_in',
    });
    expect(appointmentMachine.transition('held', 'lapse')).toEqual({
      success: true,
      data: 'expired',
    });
    expect(appointmentMachine.can('held', 'move')).toBe(false);
    expect(appointmentMachine.can('cancelled', 'confirm')).toBe(false);
    expect(appointmentMachine.toMermaid()).toContain('held --> booked : confirm');
  });

  it('docs/appointments.md carries the diagram the table renders (regenerate with `pnpm --filter @kabinet/services run diagrams:appointments`)', () => {
    const doc = readFileSync(new URL('../../../../docs/appointments.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderAppointmentDiagram());
  });
});
