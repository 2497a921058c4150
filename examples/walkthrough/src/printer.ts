import { renderIssue, type Issue } from '@kabinet/core';
import { kabinetMessages } from 'kabinet';

/** Where the walkthrough writes its lines (the console, or nothing in the test). */
export interface Printer {
  /** A chapter heading. */
  section(title: string): void;
  /** One numbered step and its outcome. */
  step(text: string): void;
  /** A detail under a step. */
  note(text: string): void;
}

/** A printer on `console.log`, numbering steps across the run. */
export function consolePrinter(): Printer {
  let n = 0;
  return {
    section(title) {
      console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 76 - title.length))}`);
    },
    step(text) {
      n++;
      console.log(`${String(n).padStart(3)}. ${text}`);
    },
    note(text) {
      console.log(`       ${text}`);
    },
  };
}

/** A printer that prints nothing (for the test). */
export const silentPrinter: Printer = { section() {}, step() {}, note() {} };

/** Issues as Russian sentences with their field paths (DOC-11). */
export function explain(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path.length > 0 ? `[${i.path.join('.')}] ` : ''}${renderIssue(i, 'ru', kabinetMessages)}`).join('; ');
}
