// Builds a zod 4 schema from one of our parse functions, so a form library gets the same
// verdict, the same value and our stable issue code (in `params.code`). Only `<area>-schema.ts`
// files import this module, so a parse function alone never pulls zod into a bundle.
import * as z from 'zod';
import type { IssuePath, Result } from '@kabinet/core';

export function schemaFromParse<Output>(parse: (input: unknown, path: IssuePath) => Result<Output>): z.ZodType<Output, unknown> {
  return z.custom<unknown>().transform((input, ctx): Output => {
    const result = parse(input, []);
    if (result.success) return result.data;
    for (const item of result.issues) {
      ctx.issues.push({ code: 'custom', input, path: [...item.path], params: { ...item.params, code: item.code } });
    }
    return z.NEVER;
  });
}
