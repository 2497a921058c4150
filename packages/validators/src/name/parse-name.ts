import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { cleanText, wrongTypeIssue } from '../_lib/normalize-input.js';
import { APOSTROPHES, cyrillicTwin, latinTwin, letterScript } from '../_lib/name-letters.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A checked name (surname, given names or patronymic): letters of one script, single spaces, hyphens and apostrophes. */
export type PersonName = string & {
  /** Type-level marker: a name checked by parseName. Not present at run time. */
  readonly __brand: 'PersonName';
};

/** Which letters a name field takes (DOC-8): only Cyrillic, only Latin, or either (one script per value). */
export type NameScript = 'cyrillic' | 'latin' | 'any';

/**
 * What to do with a look-alike letter of the other script inside a name (Latin `a`, `o`,
 * `c`, `e`, `p`, `x` … in a Cyrillic name or the other way round): `fix` replaces it with
 * its twin and reports the warning `name.lookalike_fixed`; `reject` fails with `name.lookalike`.
 */
export type LookalikePolicy = 'fix' | 'reject';

/** Options of {@link parseName}. */
export interface ParseNameOptions {
  /** Path reported in issues (default `['name']`); a zod schema passes its own. */
  readonly path?: IssuePath;
  /** Allowed letters (default `'any'`: Cyrillic or Latin, one script per value). */
  readonly script?: NameScript;
  /** Look-alike letters of the other script (default `'fix'`). */
  readonly lookalikes?: LookalikePolicy;
  /** Most characters after cleanup (default 100). */
  readonly maxLength?: number;
}

const DEFAULT_PATH: IssuePath = ['name'];
const DEFAULT_MAX = 100;
const SEPARATOR_SPACES = /\s*([-'])\s*/g;
const SEPARATOR = /[ '-]/;

type Target = 'cyrillic' | 'latin';

function decideTarget(chars: readonly string[], script: NameScript): Target | 'mixed' | 'none' {
  if (script !== 'any') return script;
  // Letters that have no twin in the other script decide; look-alikes only when nothing else does.
  let cyr = 0;
  let lat = 0;
  let cyrAll = 0;
  let latAll = 0;
  for (const c of chars) {
    const s = letterScript(c);
    if (s === 'cyrillic') {
      cyrAll++;
      if (latinTwin(c) === undefined) cyr++;
    } else if (s === 'latin') {
      latAll++;
      if (cyrillicTwin(c) === undefined) lat++;
    }
  }
  if (cyr > 0 && lat > 0) return 'mixed';
  if (cyr > 0) return 'cyrillic';
  if (lat > 0) return 'latin';
  if (cyrAll === latAll) return cyrAll === 0 ? 'none' : 'mixed';
  return cyrAll > latAll ? 'cyrillic' : 'latin';
}

/**
 * Cleans and checks one name field — surname, given names or patronymic (DOC-8). Hidden
 * spaces, zero-width characters and full-width forms are removed or folded, runs of spaces
 * collapse, spaces around hyphens and apostrophes go, apostrophe variants become `'`. The
 * value must be letters of one script (a Cyrillic-only field rejects Latin, a Latin-only one
 * rejects Cyrillic), separated by single spaces, hyphens or apostrophes. Latin look-alikes
 * typed into a Cyrillic name (`Иvanов` with a Latin `a`… or `Петрoв` with a Latin `o`) are
 * fixed or rejected per `lookalikes`; whole letters of the wrong script are always rejected.
 *
 * @param input - the value typed by the user; must be a string
 * @param options - path, allowed script, look-alike policy, maximum length
 * @returns the cleaned {@link PersonName} (with warning `name.lookalike_fixed` when letters
 *   were replaced), or issues: `input.required`, `input.not_a_string` (any other type),
 *   `input.too_long` (`max`), `name.invalid_character` (`char`), `name.latin_not_allowed`,
 *   `name.cyrillic_not_allowed`, `name.mixed_script`, `name.lookalike` (`char`, `position`),
 *   `name.wrong_format` (separator at an end or doubled)
 * @example
 * ```ts
 * parseName('  Анна\u00A0-\u200BМария ');           // { success: true, data: 'Анна-Мария' }
 * parseName('Пeтрoв');                              // data 'Петров', warning name.lookalike_fixed
 * parseName('Petrov', { script: 'cyrillic' });      // issue name.latin_not_allowed
 * parseName('Пeтрoв', { lookalikes: 'reject' });    // issue name.lookalike { char: 'e', position: 1 }
 * ```
 */
export function parseName(
  input: unknown,
  options?: ParseNameOptions,
): Result<PersonName, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  if (typeof input !== 'string') {
    return fail(wrongTypeIssue(input, path));
  }
  const text = cleanText(input).replace(APOSTROPHES, "'").replace(SEPARATOR_SPACES, '$1');
  if (text === '') return fail(issue('input.required', path));
  const max = options?.maxLength ?? DEFAULT_MAX;
  const chars = [...text];
  if (chars.length > max) return fail(issue('input.too_long', path, { max }));
  const script = options?.script ?? 'any';
  const lookalikes = options?.lookalikes ?? 'fix';
  const target = decideTarget(chars, script);
  if (target === 'mixed') return fail(issue('name.mixed_script', path));

  const out: string[] = [];
  const issues: Issue<ValidatorIssueCode>[] = [];
  let fixed = false;
  let prevSeparator = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (SEPARATOR.test(c)) {
      if (prevSeparator || i === chars.length - 1) return fail(issue('name.wrong_format', path));
      prevSeparator = true;
      out.push(c);
      continue;
    }
    prevSeparator = false;
    const s = letterScript(c);
    if (s === undefined || s === 'other' || target === 'none')
      return fail(issue('name.invalid_character', path, { char: c }));
    if (s === target) {
      out.push(c);
      continue;
    }
    const twin = target === 'cyrillic' ? cyrillicTwin(c) : latinTwin(c);
    if (twin === undefined) {
      if (script === 'any') return fail(issue('name.mixed_script', path));
      return fail(
        issue(target === 'cyrillic' ? 'name.latin_not_allowed' : 'name.cyrillic_not_allowed', path),
      );
    }
    if (lookalikes === 'reject') {
      issues.push(issue('name.lookalike', path, { char: c, position: i }));
      continue;
    }
    fixed = true;
    out.push(twin);
  }
  if (issues.length > 0) return fail(issues);
  return ok(out.join('') as PersonName, fixed ? [issue('name.lookalike_fixed', path)] : undefined);
}
