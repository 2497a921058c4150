import { renderIssue, type Issue } from '@kabinet/core';
import { kabinetMessages } from 'kabinet';

/** The languages the walkthrough prints in. */
export type WalkthroughLocale = 'ru' | 'en';

/** A line in both languages, or one string printed as it is (ids, codes). */
export type Line = string | { readonly ru: string; readonly en: string };

/** Where the walkthrough writes its lines (the console, or nothing in the test). */
export interface Printer {
  /** The language lines and issue messages are printed in. */
  readonly locale: WalkthroughLocale;
  /** A chapter heading. */
  section(title: Line): void;
  /** One numbered step and its outcome. */
  step(text: Line): void;
  /** A detail under a step. */
  note(text: Line): void;
}

/** The text of a line in a language. */
export const pick = (line: Line, locale: WalkthroughLocale): string =>
  typeof line === 'string' ? line : line[locale];

/** A printer on `console.log`, numbering steps across the run. */
export function consolePrinter(locale: WalkthroughLocale = 'ru'): Printer {
  let n = 0;
  return {
    locale,
    section(line) {
      const title = pick(line, locale);
      console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 76 - title.length))}`);
    },
    step(line) {
      n++;
      console.log(`${String(n).padStart(3)}. ${pick(line, locale)}`);
    },
    note(line) {
      console.log(`       ${pick(line, locale)}`);
    },
  };
}

/** A printer that prints nothing (for the test); its lines would be English. */
export const silentPrinter: Printer = {
  locale: 'en',
  section: () => undefined,
  step: () => undefined,
  note: () => undefined,
};

/** Issues as sentences in the locale with their field paths (DOC-11). */
export function explain(issues: readonly Issue[], locale: WalkthroughLocale = 'ru'): string {
  return issues
    .map(
      (i) =>
        `${i.path.length > 0 ? `[${i.path.join('.')}] ` : ''}${renderIssue(i, locale, kabinetMessages)}`,
    )
    .join('; ');
}
