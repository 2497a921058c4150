import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountLevelMachine } from './account-level-machine.js';
import { accountLifecycleMachine } from './account-lifecycle-machine.js';
import { identityCheckMachines } from './identity-check-machines.js';
import { renderStateDiagrams } from './render-state-diagrams.js';

describe('renderStateDiagrams', () => {
  it('docs/state-diagrams.md is exactly what the tables render (regenerate with `pnpm --filter @kabinet/account run diagrams`)', () => {
    const file = readFileSync(
      new URL('../../../../docs/state-diagrams.md', import.meta.url),
      'utf8',
    );
    expect(file).toBe(renderStateDiagrams());
  });

  it('every table row appears as an edge and every edge is a table row', () => {
    const text = renderStateDiagrams();
    for (const machine of [
      accountLifecycleMachine,
      accountLevelMachine,
      ...Object.values(identityCheckMachines),
    ]) {
      const block = text.split(`Machine \`${machine.id}\`.`)[1]!.split('```')[1]!;
      const edges = block.split('\n').filter((l) => l.includes(' : '));
      const rows = machine.transitions.flatMap((r) =>
        (typeof r.from === 'string' ? [r.from] : r.from).map(
          (f) => `  ${f} --> ${r.to} : ${r.event}`,
        ),
      );
      expect(edges.sort()).toEqual(rows.sort());
    }
  });
});
