// Builds a zod 4 schema from one of our parse functions, so a form library gets the same
// verdict, the same normalized value and our stable issue code. Kept in its own module: only
// the `<area>-schema.ts` files import it, so `parseX` alone never pulls zod into a bundle.
import * as z from 'zod';
import type { IssuePath, Result } from '@kabinet/core/result';

/**
 * The zod schema of a parse function. Every issue of the parse becomes a zod `custom` issue
 * whose `params.code` is our code (`snils.checksum`, …) and whose other params are ours too;
 * no message is set, so a per-call `error` map (`schema.safeParse(v, { error })`) can render it
 * in the language of the request. Warnings have no place in zod's result and are dropped. Every
 * `xSchema` of this package and of `@kabinet/payments` (`uinSchema`) is built with it.
 *
 * @param parse - a parse function: input and issue path → `Result`
 * @returns the zod schema: the parse's verdict, normalized value and issue codes
 * @example
 * ```ts
 * import { schemaFromParse } from '@kabinet/validators/schema';
 * import { parseSnils, type Snils } from '@kabinet/validators/snils';
 * const snils = schemaFromParse<string, Snils>((input, path) => parseSnils(input, { path }));
 * snils.safeParse('112-233-445 94').error?.issues[0]?.params?.code; // 'snils.checksum'
 * ```
 */
export function schemaFromParse<Input, Output>(
  parse: (input: unknown, path: IssuePath) => Result<Output>,
): z.ZodType<Output, Input> {
  return z.custom<Input>().transform((input, ctx): Output => {
    const result = parse(input, []);
    if (result.success) return result.data;
    for (const item of result.issues) {
      ctx.issues.push({
        code: 'custom',
        input,
        path: [...item.path],
        params: { ...item.params, code: item.code },
      });
    }
    return z.NEVER;
  });
}
