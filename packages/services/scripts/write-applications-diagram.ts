// Rewrites the generated diagram block of docs/applications.md from the transition table.
// Run: pnpm --filter @kabinet/services run diagrams:applications
import { readFileSync, writeFileSync } from 'node:fs';
import {
  APPLICATION_DIAGRAM_END,
  APPLICATION_DIAGRAM_START,
  renderApplicationDiagram,
} from '../src/applications/_lib/render-application-diagram.js';

const target = new URL('../../../docs/applications.md', import.meta.url);
const text = readFileSync(target, 'utf8');
const start = text.indexOf(APPLICATION_DIAGRAM_START);
const end = text.indexOf(APPLICATION_DIAGRAM_END);
if (start === -1 || end === -1) throw new Error('docs/applications.md has no diagram markers');
writeFileSync(
  target,
  text.slice(0, start) +
    renderApplicationDiagram() +
    text.slice(end + APPLICATION_DIAGRAM_END.length),
);
console.log(`wrote ${target.pathname}`);
