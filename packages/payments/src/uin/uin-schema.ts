import type * as z from 'zod';
import { schemaFromParse } from '@kabinet/validators/schema';
import { parseUin, type Uin } from './parse-uin.js';

/**
 * A zod 4 schema for a УИН built on {@link parseUin}: the same verdict and compact value;
 * each issue is a zod `custom` issue with our code in `params.code`.
 *
 * @example
 * ```ts
 * uinSchema.safeParse('32117072411021588933'); // { success: true, data: '32117072411021588933' }
 * uinSchema.safeParse('1').error?.issues[0]?.params; // { length: 1, code: 'uin.length' }
 * ```
 */
export const uinSchema: z.ZodType<Uin, unknown> = schemaFromParse<unknown, Uin>((input, path) =>
  parseUin(input, { path }),
);
