// A result typed by a closed union of codes (`Result<T, Code>`): `switch (issue.code)` narrows,
// and an issue with a code outside the union — or a check for one — does not compile.
import { expectTypeOf } from 'vitest';
import type { CoreIssueCode } from '../messages/core-messages.js';
import { issue, type Issue } from './issue.js';
import { fail, ok, type Result } from './result.js';

type DraftCode = 'draft.expired' | 'input.required';

function readDraft(id: string): Result<{ id: string }, DraftCode> {
  if (id === '') return fail(issue('input.required', ['id']));
  if (id.startsWith('old')) return fail(issue('draft.expired', ['id']));
  // @ts-expect-error: a code outside the union does not compile
  if (id === 'x') return fail(issue('draft.gone', ['id']));
  return ok({ id });
}

const read = readDraft('d1');
if (!read.success) {
  expectTypeOf(read.issues).toEqualTypeOf<readonly Issue<DraftCode>[]>();
  for (const found of read.issues)
    switch (found.code) {
      case 'draft.expired':
        expectTypeOf(found.code).toEqualTypeOf<'draft.expired'>();
        break;
      case 'input.required':
        expectTypeOf(found.code).toEqualTypeOf<'input.required'>();
        break;
      default:
        expectTypeOf(found.code).toBeNever();
    }
  // @ts-expect-error: checking for a code the result cannot carry does not compile
  if (read.issues[0]?.code === 'draft.unknown') throw new Error();
}

// CoreIssueCode is the closed list of core's catalogue keys.
expectTypeOf<'input.not_a_string'>().toMatchTypeOf<CoreIssueCode>();
expectTypeOf<'input.wrong_type'>().toMatchTypeOf<CoreIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<CoreIssueCode>();
// @ts-expect-error: not a core code
const notCore: CoreIssueCode = 'input.nope';
void notCore;
