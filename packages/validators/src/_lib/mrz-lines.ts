// Turns MRZ input (one string with line breaks, a single run of 60/72/88/90 characters, or an
// array of lines) into clean lines. Whitespace inside lines is dropped (OCR and copy-paste put
// it there; the MRZ alphabet has none); anything else outside `[A-Z0-9<]` is reported, including
// lower-case letters, which ICAO does not allow.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import { wrongTypeIssue } from './normalize-input.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

const CLEAN_MRZ = /^[A-Z0-9<\n]+$/;
// Spaces of every kind and invisible characters: none belongs to the MRZ alphabet.
const NOISE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]+/g;

function splitRun(text: string): string[] {
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) return lines;
  const run = lines[0]!;
  const width = run.length === 90 ? 30 : run.length === 72 ? 36 : run.length === 88 ? 44 : 0;
  if (width === 0) return lines;
  const out: string[] = [];
  for (let i = 0; i < run.length; i += width) out.push(run.slice(i, i + width));
  return out;
}

/** True when the line is a non-empty string made of `[A-Z0-9<]` only. */
function isCleanLine(line: unknown): boolean {
  if (typeof line !== 'string' || line.length === 0) return false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 60)) return false;
  }
  return true;
}

/** Clean MRZ lines, or the issue that stops reading them. */
export function readMrzLines(
  input: unknown,
  path: IssuePath,
): { lines: string[] } | { issue: Issue<ValidatorIssueCode> } {
  const array = Array.isArray(input);
  // Fast path: an array of clean lines, as scanners and OCR produce them.
  if (array && input.length > 0 && input.every(isCleanLine))
    return { lines: (input as string[]).slice() };
  let text: string;
  if (typeof input === 'string') text = input;
  else if (array && input.every((line) => typeof line === 'string')) text = input.join('\n');
  else {
    return { issue: wrongTypeIssue(input, path, 'string | array') };
  }
  if (!CLEAN_MRZ.test(text)) {
    text = text
      .normalize('NFKC')
      .split(/\r\n|[\r\n\u2028\u2029]/)
      .map((line) => line.replace(NOISE, ''))
      .join('\n');
  }
  const lines = splitRun(text);
  if (lines.length === 0) return { issue: issue('input.required', path) };
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (!isCleanLine(line)) {
      const column = line.search(/[^A-Z0-9<]/);
      return {
        issue: issue('mrz.characters', path, {
          line: l + 1,
          column: column + 1,
          character: line[column]!,
        }),
      };
    }
  }
  return { lines };
}
