import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

// Zero-width and invisible characters browsers' autofill and copy-paste insert (DOC-4).
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// Every Unicode space (NBSP, narrow NBSP, ideographic, en/em spaces…) becomes a plain space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// Hyphen, dash and minus look-alikes become ASCII '-'.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD]/g;

/**
 * Input hygiene shared by every validator: NFKC (full-width digits and letters become
 * ASCII), invisible characters dropped, every kind of space collapsed to one ASCII space,
 * dash variants to `-`, ends trimmed.
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** `cleanText`, then every space, dash and dot removed: for identifiers typed with separators. */
export function compactIdentifier(value: string): string {
  return cleanText(value).replace(/[\s\-.]/g, '');
}

/**
 * The issue for input of the wrong type, named as `readInput` (`@kabinet/core`) names it, so a
 * field gets one code whichever layer checks it: nothing at all is `input.required`; anything
 * else where a string is wanted is `input.not_a_string`, and where another type is wanted
 * `input.wrong_type` with the `expected` type(s) in zod's words (`object`, `string | array`).
 */
export function wrongTypeIssue(
  input: unknown,
  path: IssuePath,
  expected = 'string',
): Issue<ValidatorIssueCode> {
  if (input === undefined || input === null) return issue('input.required', path);
  return expected === 'string'
    ? issue('input.not_a_string', path)
    : issue('input.wrong_type', path, { expected });
}

/**
 * Takes unknown input that must be a string. A JS number is rejected (it has lost its
 * leading zeros), as is anything else; an empty string is `input.required`.
 */
export function requireString(
  input: unknown,
  path: IssuePath,
): { value: string } | { issue: Issue<ValidatorIssueCode> } {
  if (typeof input === 'string') {
    const cleaned = cleanText(input);
    return cleaned === '' ? { issue: issue('input.required', path) } : { value: cleaned };
  }
  return { issue: wrongTypeIssue(input, path) };
}
