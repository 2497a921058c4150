// Rewrites the generated diagram block of docs/payments.md from the transition tables.
// Run: pnpm --filter @kabinet/payments run diagrams
import { readFileSync, writeFileSync } from 'node:fs';
import {
  DIAGRAMS_END,
  DIAGRAMS_START,
  renderPaymentDiagrams,
} from '../src/_lib/render-payment-diagrams.js';

const target = new URL('../../../docs/payments.md', import.meta.url);
const text = readFileSync(target, 'utf8');
const start = text.indexOf(DIAGRAMS_START);
const end = text.indexOf(DIAGRAMS_END);
if (start === -1 || end === -1) throw new Error('docs/payments.md has no diagram markers');
writeFileSync(
  target,
  text.slice(0, start) + renderPaymentDiagrams() + text.slice(end + DIAGRAMS_END.length),
);
console.log(`wrote ${target.pathname}`);
