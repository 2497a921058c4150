// Rewrites the generated diagram block of docs/support-requests.md from the transition table.
// Run: pnpm --filter @kabinet/services run diagrams:support
import { readFileSync, writeFileSync } from 'node:fs';
import {
  SUPPORT_DIAGRAM_END,
  SUPPORT_DIAGRAM_START,
  renderSupportRequestDiagram,
} from '../src/support/render-support-request-diagram.js';

const target = new URL('../../../docs/support-requests.md', import.meta.url);
const text = readFileSync(target, 'utf8');
const start = text.indexOf(SUPPORT_DIAGRAM_START);
const end = text.indexOf(SUPPORT_DIAGRAM_END);
if (start === -1 || end === -1) throw new Error('docs/support-requests.md has no diagram markers');
writeFileSync(
  target,
  text.slice(0, start) +
    renderSupportRequestDiagram() +
    text.slice(end + SUPPORT_DIAGRAM_END.length),
);
console.log(`wrote ${target.pathname}`);
