// Rewrites the generated diagram block of docs/notifications.md from the delivery transition table.
// Run: pnpm --filter @kabinet/services run diagrams:notifications
import { readFileSync, writeFileSync } from 'node:fs';
import {
  DELIVERY_DIAGRAM_END,
  DELIVERY_DIAGRAM_START,
  renderDeliveryDiagram,
} from '../src/notifications/_lib/render-delivery-diagram.js';

const target = new URL('../../../docs/notifications.md', import.meta.url);
const text = readFileSync(target, 'utf8');
const start = text.indexOf(DELIVERY_DIAGRAM_START);
const end = text.indexOf(DELIVERY_DIAGRAM_END);
if (start === -1 || end === -1) throw new Error('docs/notifications.md has no diagram markers');
writeFileSync(
  target,
  text.slice(0, start) + renderDeliveryDiagram() + text.slice(end + DELIVERY_DIAGRAM_END.length),
);
console.log(`wrote ${target.pathname}`);
