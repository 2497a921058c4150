// The source files a subpath loads: its `index.ts` and every relative import, followed
// transitively. Used by the tests that keep data out of a subpath (the password word list) and
// that check which issue codes an area's message catalogue must hold.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `packages/validators/src`. */
export const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

// `import … from './x.js'` and `export … from '../y.js'`; not `import type …` / `export type …`,
// which load nothing (every module imports the `ValidatorIssueCode` type from the catalogue).
const IMPORT = /\b(?:import|export)\b(?!\s+type\b)[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Every source file (relative to `src`, `/`-separated) reached from `entry` through relative
 * imports, `entry` included.
 */
export function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = join(dirname(join(SRC, file)), m[1]!.replace(/\.js$/, '.ts'));
      if (!existsSync(target)) throw new Error(`${file}: cannot resolve ${m[1]}`);
      visit(relative(SRC, target).split('\\').join('/'));
    }
  };
  visit(entry);
  return [...seen].sort();
}

/** A source file's text without block comments and whole-line `//` comments. */
export function codeOf(file: string): string {
  return readFileSync(join(SRC, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}
