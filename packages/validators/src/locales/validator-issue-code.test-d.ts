// The validators' issue codes are a closed union: a switch over a result's codes narrows, and a
// code no validator returns (none with a message) does not compile.
import type { Issue } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import { parsePhone } from '../phone/parse-phone.js';
import { parseSnils } from '../snils/parse-snils.js';
import type { ValidatorIssueCode } from './validator-messages.js';

const snils = parseSnils('112-233-445 95');
if (!snils.success) {
  expectTypeOf(snils.issues).toEqualTypeOf<readonly Issue<ValidatorIssueCode>[]>();
  for (const found of snils.issues)
    switch (found.code) {
      case 'snils.checksum':
        expectTypeOf(found.code).toEqualTypeOf<'snils.checksum'>();
        break;
      case 'input.not_a_string':
        expectTypeOf(found.code).toEqualTypeOf<'input.not_a_string'>();
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<ValidatorIssueCode, 'snils.checksum' | 'input.not_a_string'>
        >();
    }
  // @ts-expect-error: no validator returns this code
  if (snils.issues[0]?.code === 'snils.bad_checksum') throw new Error();
}

const phone = parsePhone('+7 912 345-67-89');
// @ts-expect-error: a case for a code without a message does not compile
if (!phone.success && phone.issues.some((i) => i.code === 'phone.unknown_code')) throw new Error();

expectTypeOf<'phone.wrong_format'>().toMatchTypeOf<ValidatorIssueCode>();
expectTypeOf<'input.required'>().toMatchTypeOf<ValidatorIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<ValidatorIssueCode>();
