// Rewrites the generated diagram block of docs/appointments.md from the transition table.
// Run: pnpm --filter @kabinet/services run diagrams:appointments
import { readFileSync, writeFileSync } from 'node:fs';
import {
  APPOINTMENT_DIAGRAM_END,
  APPOINTMENT_DIAGRAM_START,
  renderAppointmentDiagram,
} from '../src/appointments/_lib/render-appointment-diagram.js';

const target = new URL('../../../docs/appointments.md', import.meta.url);
const text = readFileSync(target, 'utf8');
const start = text.indexOf(APPOINTMENT_DIAGRAM_START);
const end = text.indexOf(APPOINTMENT_DIAGRAM_END);
if (start === -1 || end === -1) throw new Error('docs/appointments.md has no diagram markers');
writeFileSync(
  target,
  text.slice(0, start) +
    renderAppointmentDiagram() +
    text.slice(end + APPOINTMENT_DIAGRAM_END.length),
);
console.log(`wrote ${target.pathname}`);
