// tsup entry map for a package: `index` plus one entry per `src/<area>/index.ts` and per
// nested `src/<area>/<sub>/index.ts` (`snils/messages/index`).
import { areasOf } from './package-areas.mjs';

/** @param {string} pkgDir */
export function tsupEntries(pkgDir) {
  const entries = { index: 'src/index.ts' };
  for (const area of areasOf(pkgDir)) entries[`${area}/index`] = `src/${area}/index.ts`;
  return entries;
}
