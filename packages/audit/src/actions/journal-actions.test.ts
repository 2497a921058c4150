import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { JOURNAL_ACTIONS, RENAMED_JOURNAL_ACTIONS } from './journal-actions.js';
import { checkAppendInput } from '../entry/check-append-input.js';

// Another package extends the catalogue by declaration merging. The check compiles such a
// module in memory, so the augmentation never leaks into this package's own program (where it
// would change the documented interface).
const here = dirname(fileURLToPath(import.meta.url));
const virtualFile = join(here, '__augmentation_check__.ts');
const virtualSource = `
import type { JournalAction, JournalPayloadOf, KnownJournalAction } from './journal-actions.js';
import type { JsonValue } from '../entry/json-value.js';
declare module './journal-actions.js' {
  interface JournalActionCatalogue {
    'example.extension.added': { readonly paymentId: string; readonly amountKopecks: number };
  }
}
export const extended: JournalPayloadOf<'example.extension.added'> = { paymentId: 'pay_1', amountKopecks: 350000 };
export const known: KnownJournalAction = 'example.extension.added';
export const builtIn: JournalPayloadOf<'contact.changed'> = { kind: 'phone', before: null, after: 'x' };
export const open: JournalAction = 'booking.created';
export const anyJson: JsonValue = null as unknown as JournalPayloadOf<'booking.created'>;
export const erased: JournalPayloadOf<'journal.subject.erased'> = undefined;
// @ts-expect-error the extension's payload type is enforced
export const wrong: JournalPayloadOf<'example.extension.added'> = { paymentId: 1 };
`;

function compileVirtual(): readonly ts.Diagnostic[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) =>
    name === virtualFile
      ? ts.createSourceFile(name, virtualSource, version)
      : getSourceFile(name, version, onError);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === virtualFile || fileExists(name);
  const program = ts.createProgram([virtualFile], options, host);
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === virtualFile);
}

describe('journal action catalogue', () => {
  it('AUD-1: the built-in actions are well-formed action names', () => {
    for (const action of JOURNAL_ACTIONS) {
      expect(
        checkAppendInput({
          actor: { type: 'system', id: 'sys' },
          action,
          subject: { type: 'account', id: 'acc_1' },
        }).success,
      ).toBe(true);
    }
  });

  it('AUD-1: a renamed action points at a current catalogued name, and no old name is still catalogued (old entries stay readable as they are)', () => {
    const renames = Object.entries(RENAMED_JOURNAL_ACTIONS);
    expect(renames.length).toBeGreaterThan(0);
    for (const [old, current] of renames) {
      expect(JOURNAL_ACTIONS).toContain(current);
      expect(JOURNAL_ACTIONS).not.toContain(old);
    }
  });

  it('types payloads per action, takes extensions by declaration merging and stays open to any string', () => {
    const diagnostics = compileVirtual().map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    );
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
