import { findCatalogueGaps, renderIssue } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { appointmentMachine } from './appointment-machine.js';
import { appointmentMessages } from './appointment-messages.js';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

describe('appointment messages', () => {
  it('every code has a Russian and an English message; every state has a name', () => {
    expect(findCatalogueGaps(appointmentMessages)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const state of appointmentMachine.states)
      expect(Object.keys(ru)).toContain(`appointment.state.${state}`);
  });

  it('SVC-2: the 24-hour refusal names the hours in both languages', () => {
    const refusal = { code: 'appointment.change_too_late', path: [], params: { hours: 24 } };
    expect(renderIssue(refusal, 'ru', appointmentMessages)).toBe(
      'Изменить или отменить запись можно не позднее чем за 24 ч до приёма',
    );
    expect(renderIssue(refusal, 'en', appointmentMessages)).toBe(
      'An appointment can be moved or cancelled until 24 h before the visit',
    );
  });
});
