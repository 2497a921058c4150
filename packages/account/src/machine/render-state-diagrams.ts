import { accountLevelMachine } from './account-level-machine.js';
import { accountLifecycleMachine } from './account-lifecycle-machine.js';
import { identityCheckMachines } from './identity-check-machines.js';

const TITLES: Readonly<Record<string, string>> = {
  'account.lifecycle': 'Account lifecycle (ACC-3, ACC-5, ACC-8, CONTACT-6)',
  'account.level': 'Account level (ACC-2)',
  'identity.documents': 'Documents check — standard level (ACC-2, ACC-5, ACC-6)',
  'identity.document_upload': 'Confirmation by document upload (ACC-7)',
  'identity.bank': 'Confirmation by bank card / online bank (ACC-7)',
  'identity.sms_code': 'Confirmation by SMS code (ACC-7)',
  'identity.video': 'Confirmation by video call (ACC-7)',
  'identity.e_signature': 'Confirmation by e-signature (ACC-7)',
  'identity.registered_mail': 'Confirmation by registered mail (ACC-7)',
  'identity.in_person': 'Confirmation in person at a service centre (ACC-7)',
};

/**
 * Renders every account state machine as Markdown with Mermaid diagrams, straight from the
 * transition tables. `docs/state-diagrams.md` is this text (written by
 * `packages/account/scripts/write-diagrams.ts`); a test fails when they drift apart.
 *
 * @returns the Markdown document
 * @example
 * ```ts
 * writeFileSync('docs/state-diagrams.md', renderStateDiagrams());
 * ```
 */
export function renderStateDiagrams(): string {
  const machines = [
    accountLifecycleMachine,
    accountLevelMachine,
    ...Object.values(identityCheckMachines),
  ];
  const parts = [
    '# State diagrams',
    '',
    'Generated from the transition tables in `@kabinet/account` by',
    '`pnpm --filter @kabinet/account run diagrams`. Do not edit by hand: a test compares this',
    'file with the tables.',
    '',
  ];
  for (const machine of machines) {
    parts.push(
      `## ${TITLES[machine.id] ?? machine.id}`,
      '',
      `Machine \`${machine.id}\`.`,
      '',
      '```mermaid',
      machine.toMermaid().trimEnd(),
      '```',
      '',
    );
  }
  return parts.join('\n');
}
