// readInput's result carries core's input codes and, only when its caller names them, the codes
// the schema's custom issues raise: `switch (issue.code)` narrows, and another code does not compile.
import { expectTypeOf } from 'vitest';
import type { InputIssueCode } from '../messages/core-messages.js';
import { readInput, type InputSchema } from './read-input.js';
import type { Result } from './result.js';

declare const login: InputSchema<{ login: string }>;
const read = readInput(login, {});
expectTypeOf(read).toEqualTypeOf<Result<{ login: string }, InputIssueCode>>();
if (!read.success)
  for (const found of read.issues)
    switch (found.code) {
      case 'input.required':
      case 'input.not_a_string':
      case 'input.too_long':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<InputIssueCode, 'input.required' | 'input.not_a_string' | 'input.too_long'>
        >();
    }
if (!read.success) {
  // @ts-expect-error: a domain code is not one readInput gives without a custom code named
  if (read.issues[0]?.code === 'snils.checksum') throw new Error();
}

// A schema whose custom issues carry `snils.*` codes: the caller names them.
type SnilsCode = 'snils.checksum' | 'snils.format';
declare const snils: InputSchema<string>;
const custom = readInput<string, SnilsCode>(snils, '112-233-445 95');
expectTypeOf(custom).toEqualTypeOf<Result<string, InputIssueCode | SnilsCode>>();
if (!custom.success)
  for (const found of custom.issues)
    switch (found.code) {
      case 'snils.checksum':
      case 'snils.format':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<InputIssueCode>();
    }

// The input codes are core's `input.*` catalogue keys, and only those.
expectTypeOf<'input.not_one_of'>().toMatchTypeOf<InputIssueCode>();
expectTypeOf<'state.transition_not_allowed'>().not.toMatchTypeOf<InputIssueCode>();
// @ts-expect-error: a code without a message is not an input code
const unknown: InputIssueCode = 'input.nope';
void unknown;
