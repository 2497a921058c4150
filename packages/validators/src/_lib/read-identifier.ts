// Reads an identifier typed by a person (SNILS, INN, document numbers) out of unknown input:
// a string only (a JS number has lost its leading zeros: `input.not_a_string`), separators
// (spaces of every kind, dashes, dots) and invisible characters removed, full-width digits and
// letters folded by NFKC. Plain ASCII input takes a fast path that skips the normalization.
import type { Issue, IssuePath } from '@kabinet/core/result';
import { asciiCompact } from './ascii-compact.js';
import { requireString } from './normalize-input.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

const SEPARATORS = /[\s.-]/g;

/** The compact identifier, or the input issue (`input.required`, `input.not_a_string`). */
export function readIdentifier(
  input: unknown,
  path: IssuePath,
): { value: string } | { issue: Issue<ValidatorIssueCode> } {
  if (typeof input === 'string') {
    const fast = asciiCompact(input);
    if (fast !== undefined && fast !== '') return { value: fast };
  }
  const text = requireString(input, path);
  if ('issue' in text) return text;
  const value = text.value.replace(SEPARATORS, '');
  return value === '' ? { issue: { code: 'input.required', path } } : { value };
}
