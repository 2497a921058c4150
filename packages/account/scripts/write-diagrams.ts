// Writes docs/state-diagrams.md from the account's transition tables.
// Run: pnpm --filter @kabinet/account run diagrams
import { writeFileSync } from 'node:fs';
import { renderStateDiagrams } from '../src/machine/render-state-diagrams.js';

const target = new URL('../../../docs/state-diagrams.md', import.meta.url);
writeFileSync(target, renderStateDiagrams());
console.log(`wrote ${target.pathname}`);
